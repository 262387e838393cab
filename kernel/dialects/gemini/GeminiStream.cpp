#include "dialects/gemini/GeminiStream.h"

#include "dialects/CanonicalFields.h"

#include <sluice/json.hpp>

namespace sluice::dialects {

bool GeminiStream::emit(const std::string& json, const EventSink& out) {
    frame_.clear();
    if (sse_) {
        frame_.append("data: ").append(json).append("\r\n\r\n");
    } else {
        frame_.append(first_ ? "[" : ",\r\n").append(json);
    }
    first_ = false;
    return out(frame_);
}

bool GeminiStream::render(std::string_view canonicalEvent, const EventSink& out) {
    const std::string_view data = canonicalEventData(canonicalEvent);
    if (data.empty()) return true;
    json::StackDocument<> chunk;
    if (!chunk.parse(data).ok() || !chunk->IsObject()) return true;  // not a chunk: nothing the caller can use
    if (responseId_.empty()) responseId_ = std::string(stringField(*chunk, "id"));
    if (auto usage = chunk->FindMember("usage"); usage != chunk->MemberEnd() && usage->value.IsObject())
        usage_.CopyFrom(usage->value, usage_.GetAllocator());
    auto choices = chunk->FindMember("choices");
    if (choices == chunk->MemberEnd() || !choices->value.IsArray() || choices->value.Empty()) return true;
    const rapidjson::Value& choice = choices->value[0];
    if (std::string_view finish = stringField(choice, "finish_reason"); !finish.empty()) finish_ = std::string(finish);
    auto delta = choice.IsObject() ? choice.FindMember("delta") : choice.MemberEnd();
    if (!choice.IsObject() || delta == choice.MemberEnd() || !delta->value.IsObject()) return true;
    auto calls = delta->value.FindMember("tool_calls");
    if (calls != delta->value.MemberEnd() && calls->value.IsArray()) {
        for (const auto& call : calls->value.GetArray()) {
            if (!call.IsObject()) continue;
            const int64_t index = call.HasMember("index") && call["index"].IsInt64() ? call["index"].GetInt64() : 0;
            gemini::FunctionCall& gathered = calls_[index];
            if (std::string_view id = stringField(call, "id"); !id.empty()) gathered.id = std::string(id);
            if (call.HasMember("function")) {
                if (std::string_view name = stringField(call["function"], "name"); !name.empty()) gathered.name = std::string(name);
                gathered.arguments.append(stringField(call["function"], "arguments"));
            }
        }
    }
    gemini::Candidate candidate;
    candidate.text = std::string(stringField(delta->value, "content"));
    if (candidate.text.empty()) return true;
    return emit(gemini::responseJson(candidate, model_, responseId_), out);
}

bool GeminiStream::finish(const EventSink& out) {
    gemini::Candidate last;
    for (auto& [index, call] : calls_) last.calls.push_back(std::move(call));
    last.finishReason = gemini::finishReason(finish_);
    if (usage_.IsObject()) last.usage = &usage_;
    if (!emit(gemini::responseJson(last, model_, responseId_), out)) return false;
    return sse_ || out("]");
}

std::string GeminiStream::errorEvent(const http::ApiError& error) const {
    const std::string json = gemini::errorJson(error);
    if (sse_) return "data: " + json + "\r\n\r\n";
    return (first_ ? "[" : ",\r\n") + json + "]";
}

}  // namespace sluice::dialects
