#include "dialects/responses/ResponsesShapes.h"

#include "dialects/CanonicalFields.h"
#include "dialects/responses/ResponsesFields.h"
#include "util/Secrets.h"

namespace sluice::dialects::responses {

namespace {

void writeCount(Writer& out, const char* name, int64_t value) {
    out.Key(name);
    out.Int64(value);
}

void writeDetails(Writer& out, const char* name, const char* field, int64_t value) {
    out.Key(name);
    out.StartObject();
    writeCount(out, field, value);
    out.EndObject();
}

}  // namespace

Usage usageFrom(const rapidjson::Value& openAiUsage) {
    Usage usage;
    usage.inputTokens = integerField(openAiUsage, "prompt_tokens");
    usage.outputTokens = integerField(openAiUsage, "completion_tokens");
    usage.cachedTokens = integerField(memberOrNull(openAiUsage, "prompt_tokens_details"), "cached_tokens");
    usage.reasoningTokens = integerField(memberOrNull(openAiUsage, "completion_tokens_details"), "reasoning_tokens");
    return usage;
}

void writeUsage(Writer& out, const Usage& usage) {
    out.StartObject();
    writeCount(out, "input_tokens", usage.inputTokens);
    writeDetails(out, "input_tokens_details", "cached_tokens", usage.cachedTokens);
    writeCount(out, "output_tokens", usage.outputTokens);
    writeDetails(out, "output_tokens_details", "reasoning_tokens", usage.reasoningTokens);
    writeCount(out, "total_tokens", usage.inputTokens + usage.outputTokens);
    out.EndObject();
}

void writeOutputTextPart(Writer& out, std::string_view text) {
    out.StartObject();
    out.Key("type");
    out.String("output_text");
    out.Key("text");
    writeString(out, text);
    out.Key("annotations");
    out.StartArray();
    out.EndArray();
    out.EndObject();
}

void writeItem(Writer& out, const OutputItem& item, bool done) {
    out.StartObject();
    out.Key("id");
    writeString(out, item.id);
    out.Key("type");
    out.String(item.kind == OutputItem::Kind::Message ? "message" : "function_call");
    out.Key("status");
    out.String(done ? "completed" : "in_progress");
    if (item.kind == OutputItem::Kind::Message) {
        out.Key("role");
        out.String("assistant");
        out.Key("content");
        out.StartArray();
        if (done) writeOutputTextPart(out, item.text);
        out.EndArray();
    } else {
        out.Key("call_id");
        writeString(out, item.callId);
        out.Key("name");
        writeString(out, item.name);
        if (!item.space.empty()) {
            out.Key("namespace");
            writeString(out, item.space);
        }
        out.Key("arguments");
        writeString(out, done ? std::string_view(item.text) : std::string_view());
    }
    out.EndObject();
}

std::string responseJson(const ResponsesTurn& turn, const std::vector<OutputItem>& output, const Outcome& outcome) {
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    out.Key("id");
    writeString(out, turn.id);
    out.Key("object");
    out.String("response");
    writeCount(out, "created_at", turn.createdAt);
    out.Key("status");
    writeString(out, outcome.status);
    out.Key("error");
    if (outcome.error) {
        out.StartObject();
        out.Key("code");
        writeString(out, outcome.error->code());
        out.Key("message");
        writeString(out, outcome.error->callerMessage());
        out.EndObject();
    } else {
        out.Null();
    }
    out.Key("incomplete_details");
    if (outcome.incompleteReason.empty()) {
        out.Null();
    } else {
        out.StartObject();
        out.Key("reason");
        writeString(out, outcome.incompleteReason);
        out.EndObject();
    }
    out.Key("model");
    writeString(out, turn.model);
    out.Key("output");
    out.StartArray();
    for (const OutputItem& item : output) writeItem(out, item, true);
    out.EndArray();
    out.Key("usage");
    if (outcome.usage) writeUsage(out, *outcome.usage);
    else out.Null();
    out.EndObject();
    std::string json(buffer.GetString(), buffer.GetSize());
    if (!turn.echo.empty()) json.insert(json.size() - 1, "," + turn.echo);
    return json;
}

OutputItem OutputItem::functionCall(const ResponsesTurn& turn, size_t index, std::string callId, std::string_view chatName,
                                    std::string arguments) {
    OutputItem item{Kind::FunctionCall, itemId(turn, Kind::FunctionCall, index), std::move(arguments), std::move(callId),
                    std::string(chatName), {}};
    for (const std::string& space : turn.namespaces) {
        if (chatName.size() > space.size() + 2 && chatName.substr(0, space.size()) == space &&
            chatName.substr(space.size(), 2) == "__") {
            item.space = space;
            item.name = std::string(chatName.substr(space.size() + 2));
            break;
        }
    }
    return item;
}

std::string chatFunctionName(std::string_view space, std::string_view name) {
    return space.empty() ? std::string(name) : std::string(space) + "__" + std::string(name);
}

std::string_view incompleteReason(std::string_view finishReason) {
    if (finishReason == "length") return "max_output_tokens";
    if (finishReason == "content_filter") return "content_filter";
    return {};
}

std::string itemId(const ResponsesTurn& turn, OutputItem::Kind kind, size_t index) {
    const std::string_view hex = std::string_view(turn.id).substr(turn.id.find('_') + 1);
    std::string id = kind == OutputItem::Kind::Message ? "msg_" : "fc_";
    id += hex;
    if (index > 0) id += "_" + std::to_string(index);
    return id;
}

std::string newResponseId() {
    // Unique, not secret: a stored response is found only with the token that created it.
    return "resp_" + util::newRequestId() + util::newRequestId();
}

}  // namespace sluice::dialects::responses
