#include "dialects/anthropic/AnthropicStream.h"

#include "dialects/CanonicalFields.h"
#include "util/JsonText.h"

namespace sluice::dialects {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

}  // namespace

void AnthropicStream::event(std::string_view name, std::string_view json) {
    pending_.append("event: ").append(name).append("\ndata: ").append(json).append("\n\n");
}

void AnthropicStream::startMessage(std::string_view completionId) {
    started_ = true;
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    out.Key("type");
    out.String("message_start");
    out.Key("message");
    out.StartObject();
    out.Key("id");
    const std::string id = anthropic::messageId(completionId);
    out.String(id.c_str(), static_cast<rapidjson::SizeType>(id.size()));
    out.Key("type");
    out.String("message");
    out.Key("role");
    out.String("assistant");
    out.Key("model");
    out.String(model_.c_str(), static_cast<rapidjson::SizeType>(model_.size()));
    out.Key("content");
    out.StartArray();
    out.EndArray();
    out.Key("stop_reason");
    out.Null();
    out.Key("stop_sequence");
    out.Null();
    out.Key("usage");
    anthropic::writeUsage(out, {});
    out.EndObject();
    out.EndObject();
    event("message_start", {buffer.GetString(), buffer.GetSize()});
}

void AnthropicStream::openBlock(Block kind, std::string_view toolId, std::string_view toolName) {
    closeBlock();
    open_ = kind;
    std::string json = R"({"type":"content_block_start","index":)" + std::to_string(nextIndex_) + R"(,"content_block":)";
    if (kind == Block::Text)
        json += R"({"type":"text","text":""}})";
    else
        json += R"({"type":"tool_use","id":)" + util::jsonQuote(toolId) + R"(,"name":)" + util::jsonQuote(toolName) +
                R"(,"input":{}}})";
    event("content_block_start", json);
}

void AnthropicStream::closeBlock() {
    if (open_ == Block::None) return;
    event("content_block_stop", R"({"type":"content_block_stop","index":)" + std::to_string(nextIndex_) + "}");
    open_ = Block::None;
    openToolCall_ = -1;
    ++nextIndex_;
}

void AnthropicStream::delta(std::string_view type, std::string_view field, std::string_view text) {
    event("content_block_delta", R"({"type":"content_block_delta","index":)" + std::to_string(nextIndex_) +
                                     R"(,"delta":{"type":")" + std::string(type) + R"(",")" + std::string(field) +
                                     R"(":)" + util::jsonQuote(text) + "}}");
}

void AnthropicStream::readChunk(const rapidjson::Value& chunk) {
    if (!started_) startMessage(stringField(chunk, "id"));
    if (auto usage = chunk.FindMember("usage"); usage != chunk.MemberEnd() && usage->value.IsObject())
        usage_ = anthropic::usageFrom(usage->value);
    auto choices = chunk.FindMember("choices");
    if (choices == chunk.MemberEnd() || !choices->value.IsArray() || choices->value.Empty()) return;
    const rapidjson::Value& choice = choices->value[0];
    if (!choice.IsObject()) return;
    if (auto deltaIt = choice.FindMember("delta"); deltaIt != choice.MemberEnd() && deltaIt->value.IsObject()) {
        const rapidjson::Value& change = deltaIt->value;
        if (std::string_view text = stringField(change, "content"); !text.empty()) {
            if (open_ != Block::Text) openBlock(Block::Text);
            delta("text_delta", "text", text);
        }
        auto calls = change.FindMember("tool_calls");
        if (calls != change.MemberEnd() && calls->value.IsArray()) {
            for (const auto& call : calls->value.GetArray()) {
                if (!call.IsObject()) continue;
                const int64_t index = call.HasMember("index") && call["index"].IsInt64() ? call["index"].GetInt64() : 0;
                const rapidjson::Value& function = call.HasMember("function") ? call["function"] : call;
                if (!toolBlocks_.count(index)) {
                    openBlock(Block::ToolUse, stringField(call, "id"), stringField(function, "name"));
                    toolBlocks_[index] = nextIndex_;
                    openToolCall_ = index;
                }
                std::string_view arguments = stringField(function, "arguments");
                if (!arguments.empty() && openToolCall_ == index) delta("input_json_delta", "partial_json", arguments);
            }
        }
    }
    if (std::string_view finish = stringField(choice, "finish_reason"); !finish.empty())
        stopReason_ = std::string(anthropic::stopReason(finish));
}

bool AnthropicStream::finish(const EventSink& out) {
    pending_.clear();
    if (!started_) startMessage("");
    closeBlock();
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    writer.StartObject();
    writer.Key("type");
    writer.String("message_delta");
    writer.Key("delta");
    writer.StartObject();
    writer.Key("stop_reason");
    writer.String(stopReason_.c_str(), static_cast<rapidjson::SizeType>(stopReason_.size()));
    writer.Key("stop_sequence");
    writer.Null();
    writer.EndObject();
    writer.Key("usage");
    anthropic::writeUsage(writer, usage_);
    writer.EndObject();
    event("message_delta", {buffer.GetString(), buffer.GetSize()});
    event("message_stop", R"({"type":"message_stop"})");
    return out(pending_);
}

std::string AnthropicStream::errorEvent(const http::ApiError& error) const {
    return "event: error\ndata: " + anthropic::errorJson(error) + "\n\n";
}

}  // namespace sluice::dialects
