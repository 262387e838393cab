#include "dialects/gemini/GeminiShapes.h"

#include "util/JsonText.h"

#include <sluice/json.hpp>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace sluice::dialects::gemini {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

int64_t count(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return 0;
    auto it = object.FindMember(name);
    return it != object.MemberEnd() && it->value.IsInt64() ? it->value.GetInt64() : 0;
}

int64_t detail(const rapidjson::Value& usage, const char* details, const char* name) {
    auto it = usage.FindMember(details);
    return it == usage.MemberEnd() ? 0 : count(it->value, name);
}

void writeString(Writer& out, std::string_view value) {
    out.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void writeUsageMetadata(Writer& out, const rapidjson::Value& usage) {
    out.StartObject();
    out.Key("promptTokenCount");
    out.Int64(count(usage, "prompt_tokens"));
    out.Key("candidatesTokenCount");
    out.Int64(count(usage, "completion_tokens"));
    out.Key("totalTokenCount");
    out.Int64(count(usage, "total_tokens"));
    if (const int64_t cached = detail(usage, "prompt_tokens_details", "cached_tokens"); cached > 0) {
        out.Key("cachedContentTokenCount");
        out.Int64(cached);
    }
    if (const int64_t thoughts = detail(usage, "completion_tokens_details", "reasoning_tokens"); thoughts > 0) {
        out.Key("thoughtsTokenCount");
        out.Int64(thoughts);
    }
    out.EndObject();
}

/** A function call's args: its JSON object, or {} when the upstream's text is not one. */
void writeArgs(Writer& out, std::string_view arguments) {
    rapidjson::Document args;
    if (json::parse(args, arguments).ok() && args.IsObject()) {
        args.Accept(out);
        return;
    }
    out.StartObject();
    out.EndObject();
}

std::string_view statusName(int status) {
    switch (status) {
        case 400: return "INVALID_ARGUMENT";
        case 401: return "UNAUTHENTICATED";
        case 403: return "PERMISSION_DENIED";
        case 404: return "NOT_FOUND";
        case 413: return "INVALID_ARGUMENT";
        case 429: return "RESOURCE_EXHAUSTED";
        case 501: return "UNIMPLEMENTED";
        case 503: return "UNAVAILABLE";
        case 504: return "DEADLINE_EXCEEDED";
        default: return status < 500 ? "FAILED_PRECONDITION" : "INTERNAL";
    }
}

}  // namespace

std::string_view finishReason(std::string_view openAiFinishReason) {
    if (openAiFinishReason == "length") return "MAX_TOKENS";
    if (openAiFinishReason == "content_filter") return "SAFETY";
    return "STOP";
}

std::string responseJson(const Candidate& candidate, std::string_view model, std::string_view responseId) {
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    out.Key("candidates");
    out.StartArray();
    out.StartObject();
    out.Key("content");
    out.StartObject();
    out.Key("role");
    out.String("model");
    out.Key("parts");
    out.StartArray();
    if (!candidate.text.empty()) {
        out.StartObject();
        out.Key("text");
        writeString(out, candidate.text);
        out.EndObject();
    }
    for (const FunctionCall& call : candidate.calls) {
        out.StartObject();
        out.Key("functionCall");
        out.StartObject();
        if (!call.id.empty()) {
            out.Key("id");
            writeString(out, call.id);
        }
        out.Key("name");
        writeString(out, call.name);
        out.Key("args");
        writeArgs(out, call.arguments);
        out.EndObject();
        out.EndObject();
    }
    out.EndArray();
    out.EndObject();
    if (!candidate.finishReason.empty()) {
        out.Key("finishReason");
        writeString(out, candidate.finishReason);
    }
    out.Key("index");
    out.Int(0);
    out.EndObject();
    out.EndArray();
    if (candidate.usage && candidate.usage->IsObject()) {
        out.Key("usageMetadata");
        writeUsageMetadata(out, *candidate.usage);
    }
    out.Key("modelVersion");
    writeString(out, model);
    out.Key("responseId");
    writeString(out, responseId);
    out.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

std::string modelList(const std::set<std::string>& models) {
    std::string body = R"({"models":[)";
    for (const std::string& model : models) {
        if (body.back() != '[') body += ',';
        body += R"({"name":)" + util::jsonQuote("models/" + model) + R"(,"displayName":)" + util::jsonQuote(model) +
                R"(,"supportedGenerationMethods":["generateContent","streamGenerateContent"]})";
    }
    return body + "]}";
}

std::string errorJson(const http::ApiError& error) {
    return R"({"error":{"code":)" + std::to_string(error.status()) + R"(,"message":)" + util::jsonQuote(error.callerMessage()) +
           R"(,"status":)" + util::jsonQuote(statusName(error.status())) + "}}";
}

}  // namespace sluice::dialects::gemini
