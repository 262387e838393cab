#include "dialects/anthropic/AnthropicRequest.h"

#include "dialects/CanonicalWriting.h"
#include "http/ApiError.h"

#include <sluice/json.hpp>

#include <string>

namespace sluice::dialects {

namespace {

using Writer = CanonicalWriter;
using Value = rapidjson::Value;

[[noreturn]] void invalid(const std::string& message) { throw http::ApiError::invalidRequest(message); }

std::string_view text(const Value& value) { return {value.GetString(), value.GetStringLength()}; }

const Value* member(const Value& object, const char* name) {
    auto it = object.FindMember(name);
    return it == object.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

std::string typeOf(const Value& block, const std::string& where) {
    const Value* type = block.IsObject() ? member(block, "type") : nullptr;
    if (!type || !type->IsString()) invalid(where + ".type: Field required");
    return std::string(text(*type));
}

/** A string member; where names its object ("" for the root) in the error. */
std::string requiredText(const Value& block, const char* name, const std::string& where) {
    const Value* value = member(block, name);
    if (!value || !value->IsString())
        invalid((where.empty() ? std::string(name) : where + "." + name) + ": Input should be a valid string");
    return std::string(text(*value));
}

/** The JSON text of a value (a tool_use input becomes OpenAI's arguments string). */
std::string serialized(const Value& value) {
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    value.Accept(writer);
    return {buffer.GetString(), buffer.GetSize()};
}

/** The text of a tool_result's content: a string, or its text blocks joined by new lines. */
std::string toolResultText(const Value* content, const std::string& where) {
    if (!content) return {};
    if (content->IsString()) return std::string(text(*content));
    if (!content->IsArray()) invalid(where + ".content: Input should be a valid string or list");
    std::string joined;
    for (const Value& block : content->GetArray()) {
        if (typeOf(block, where + ".content[]") != "text") continue;
        if (!joined.empty()) joined += '\n';
        joined += requiredText(block, "text", where + ".content[]");
    }
    return joined;
}

void writeImageBlock(Writer& out, const Value& block, const std::string& where) {
    const Value* source = member(block, "source");
    if (!source || !source->IsObject()) invalid(where + ".source: Field required");
    const std::string kind = typeOf(*source, where + ".source");
    std::string url;
    if (kind == "base64")
        url = "data:" + requiredText(*source, "media_type", where + ".source") + ";base64," +
              requiredText(*source, "data", where + ".source");
    else if (kind == "url")
        url = requiredText(*source, "url", where + ".source");
    else
        invalid(where + ".source.type: Input should be 'base64' or 'url'");
    writeImagePart(out, url);
}

/** A user turn: tool results first (each a tool message), then the rest as one user message. */
void writeUserTurn(Writer& out, const Value& content, const std::string& where) {
    if (content.IsString()) return writeTextMessage(out, "user", text(content));
    bool hasParts = false;
    rapidjson::SizeType index = 0;
    for (const Value& block : content.GetArray()) {
        const std::string at = where + ".content." + std::to_string(index++);
        const std::string type = typeOf(block, at);
        if (type == "tool_result") {
            out.StartObject();
            out.Key("role");
            out.String("tool");
            out.Key("tool_call_id");
            writeString(out, requiredText(block, "tool_use_id", at));
            out.Key("content");
            writeString(out, toolResultText(member(block, "content"), at));
            out.EndObject();
        } else if (type == "text" || type == "image") {
            hasParts = true;
        } else if (type != "thinking" && type != "redacted_thinking" && type != "document") {
            invalid(at + ".type: Input tag '" + type + "' is not one of the user block types");
        }
    }
    if (!hasParts) return;
    out.StartObject();
    out.Key("role");
    out.String("user");
    out.Key("content");
    out.StartArray();
    index = 0;
    for (const Value& block : content.GetArray()) {
        const std::string at = where + ".content." + std::to_string(index++);
        const std::string type = typeOf(block, at);
        if (type == "text") writeTextPart(out, requiredText(block, "text", at));
        else if (type == "image") writeImageBlock(out, block, at);
    }
    out.EndArray();
    out.EndObject();
}

/** An assistant turn: its text joined, its tool_use blocks as tool_calls. */
void writeAssistantTurn(Writer& out, const Value& content, const std::string& where) {
    out.StartObject();
    out.Key("role");
    out.String("assistant");
    if (content.IsString()) {
        out.Key("content");
        writeString(out, text(content));
        out.EndObject();
        return;
    }
    std::string joined;
    bool hasTools = false;
    rapidjson::SizeType index = 0;
    for (const Value& block : content.GetArray()) {
        const std::string at = where + ".content." + std::to_string(index++);
        const std::string type = typeOf(block, at);
        if (type == "text") joined += requiredText(block, "text", at);
        else if (type == "tool_use") hasTools = true;
    }
    out.Key("content");
    if (joined.empty() && hasTools) out.Null();
    else writeString(out, joined);
    if (hasTools) {
        out.Key("tool_calls");
        out.StartArray();
        index = 0;
        for (const Value& block : content.GetArray()) {
            const std::string at = where + ".content." + std::to_string(index++);
            if (typeOf(block, at) != "tool_use") continue;
            const Value* input = member(block, "input");
            writeToolCall(out, requiredText(block, "id", at), requiredText(block, "name", at),
                          input ? serialized(*input) : "{}");
        }
        out.EndArray();
    }
    out.EndObject();
}

/** A system prompt (the top-level system, or a system message as Claude Code sends them): a string or text blocks. */
void writeSystem(Writer& out, const Value& system, const std::string& where) {
    std::string joined;
    if (system.IsString()) {
        joined = std::string(text(system));
    } else if (system.IsArray()) {
        rapidjson::SizeType index = 0;
        for (const Value& block : system.GetArray()) {
            const std::string at = where + "." + std::to_string(index++);
            if (typeOf(block, at) != "text") invalid(at + ".type: Input should be 'text'");
            if (!joined.empty()) joined += "\n\n";
            joined += requiredText(block, "text", at);
        }
    } else {
        invalid(where + ": Input should be a valid string or list of text blocks");
    }
    writeTextMessage(out, "system", joined);
}

void writeMessages(Writer& out, const Value& doc) {
    const Value* messages = member(doc, "messages");
    if (!messages) invalid("messages: Field required");
    if (!messages->IsArray() || messages->Empty()) invalid("messages: Input should be a non-empty list");
    out.Key("messages");
    out.StartArray();
    if (const Value* system = member(doc, "system")) writeSystem(out, *system, "system");
    rapidjson::SizeType index = 0;
    for (const Value& message : messages->GetArray()) {
        const std::string at = "messages." + std::to_string(index++);
        if (!message.IsObject()) invalid(at + ": Input should be an object");
        const std::string role = requiredText(message, "role", at);
        const Value* content = member(message, "content");
        if (!content || !(content->IsString() || content->IsArray()))
            invalid(at + ".content: Input should be a valid string or list of content blocks");
        if (role == "user") writeUserTurn(out, *content, at);
        else if (role == "assistant") writeAssistantTurn(out, *content, at);
        else if (role == "system") writeSystem(out, *content, at + ".content");
        else invalid(at + ".role: Input should be 'user', 'assistant' or 'system'");
    }
    out.EndArray();
}

void writeTools(Writer& out, const Value& tools) {
    if (!tools.IsArray()) invalid("tools: Input should be a valid list");
    out.Key("tools");
    out.StartArray();
    rapidjson::SizeType index = 0;
    for (const Value& tool : tools.GetArray()) {
        const std::string at = "tools." + std::to_string(index++);
        if (!tool.IsObject()) invalid(at + ": Input should be an object");
        openFunction(out, requiredText(tool, "name", at));
        if (const Value* description = member(tool, "description"); description && description->IsString()) {
            out.Key("description");
            writeString(out, text(*description));
        }
        out.Key("parameters");
        if (const Value* schema = member(tool, "input_schema")) schema->Accept(out);
        else invalid(at + ".input_schema: Field required");
        closeFunction(out);
    }
    out.EndArray();
}

void writeToolChoice(Writer& out, const Value& choice) {
    const std::string type = typeOf(choice, "tool_choice");
    out.Key("tool_choice");
    if (type == "auto") out.String("auto");
    else if (type == "any") out.String("required");
    else if (type == "none") out.String("none");
    else if (type == "tool") {
        openFunction(out, requiredText(choice, "name", "tool_choice"));
        closeFunction(out);
    } else {
        invalid("tool_choice.type: Input should be 'auto', 'any', 'tool' or 'none'");
    }
}

/** Copies a number member under another name when present; refuses one of the wrong type. */
void copyNumber(Writer& out, const Value& doc, const char* from, const char* to) {
    const Value* value = member(doc, from);
    if (!value) return;
    if (!value->IsNumber()) invalid(std::string(from) + ": Input should be a valid number");
    out.Key(to);
    value->Accept(out);
}

}  // namespace

std::string AnthropicRequest::toCanonical(std::string_view body) {
    rapidjson::Document doc;
    if (json::ParseResult parsed = json::parse(doc, body); !parsed.ok())
        invalid("The request body is not valid JSON: " + parsed.message() + ".");
    if (!doc.IsObject()) invalid("The request body must be a JSON object.");
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    const std::string model = requiredText(doc, "model", "");
    if (model.empty()) invalid("model: String should have at least 1 character");
    out.Key("model");
    writeString(out, model);
    const Value* maxTokens = member(doc, "max_tokens");
    if (!maxTokens) invalid("max_tokens: Field required");
    if (!maxTokens->IsInt64() || maxTokens->GetInt64() < 1) invalid("max_tokens: Input should be an integer of at least 1");
    out.Key("max_tokens");
    out.Int64(maxTokens->GetInt64());
    writeMessages(out, doc);
    copyNumber(out, doc, "temperature", "temperature");
    copyNumber(out, doc, "top_p", "top_p");
    if (const Value* stops = member(doc, "stop_sequences")) {
        if (!stops->IsArray()) invalid("stop_sequences: Input should be a valid list");
        out.Key("stop");
        stops->Accept(out);
    }
    if (const Value* tools = member(doc, "tools"); tools && !(tools->IsArray() && tools->Empty())) writeTools(out, *tools);
    if (const Value* choice = member(doc, "tool_choice")) writeToolChoice(out, *choice);
    if (const Value* metadata = member(doc, "metadata"); metadata && metadata->IsObject()) {
        if (const Value* user = member(*metadata, "user_id"); user && user->IsString()) {
            out.Key("user");
            writeString(out, text(*user));
        }
    }
    const Value* stream = member(doc, "stream");
    if (stream && !stream->IsBool()) invalid("stream: Input should be a valid boolean");
    if (stream && stream->GetBool()) writeStreamWithUsage(out);  // every Anthropic stream reports its usage in message_delta
    out.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace sluice::dialects
