#include "dialects/responses/ResponsesInput.h"

#include "dialects/CanonicalWriting.h"
#include "dialects/responses/ResponsesFields.h"
#include "dialects/responses/ResponsesShapes.h"
#include "http/ApiError.h"

namespace sluice::dialects {

namespace {

using Writer = CanonicalWriter;
using Value = rapidjson::Value;
using namespace responses;

std::string textOfBuffer(const rapidjson::StringBuffer& buffer) { return {buffer.GetString(), buffer.GetSize()}; }

std::string partName(const std::string& where, rapidjson::SizeType index) {
    return where + ".content[" + std::to_string(index) + "]";
}

/** A text part's text (input_text, output_text, text, refusal), or nullptr for a part of another type. */
const Value* partText(const Value& part, const std::string& where) {
    const std::string_view type = requiredString(part, "type", where);
    if (type == "input_text" || type == "output_text" || type == "text") {
        requiredString(part, "text", where);
        return member(part, "text");
    }
    if (type == "refusal") {
        requiredString(part, "refusal", where);
        return member(part, "refusal");
    }
    return nullptr;
}

/** Content that must be text (an assistant's, a system message's, a tool's output): a string, or text parts joined. */
std::string joinedText(const Value& content, const std::string& where, std::string_view separator) {
    if (content.IsString()) return std::string(textOf(content));
    if (!content.IsArray()) wrongType(where, "a string or an array of text parts", content);
    std::string joined;
    rapidjson::SizeType index = 0;
    for (const Value& part : content.GetArray()) {
        const std::string at = where + "[" + std::to_string(index++) + "]";
        if (!part.IsObject()) wrongType(at, "an object", part);
        const Value* text = partText(part, at);
        if (!text)
            unsupported(at + ".type", "Only text can stand here: parts of type '" +
                                          std::string(requiredString(part, "type", at)) + "' are not supported.");
        if (!joined.empty()) joined += separator;
        joined += textOf(*text);
    }
    return joined;
}

void writeInputImage(Writer& out, const Value& part, const std::string& where) {
    if (!member(part, "image_url")) {
        if (member(part, "file_id"))
            unsupported(fieldName(where, "file_id"),
                        "Images by file_id are not supported: send the image as image_url (a URL or a data: URL).");
        missing(fieldName(where, "image_url"));
    }
    const Value* detail = member(part, "detail");
    writeImagePart(out, requiredString(part, "image_url", where), detail && detail->IsString() ? textOf(*detail) : "");
}

void writeInputFile(Writer& out, const Value& part, const std::string& where) {
    if (!member(part, "file_data"))
        unsupported(fieldName(where, "file_data"),
                    "Files are supported as file_data (a data: URL) only, not by file_id or file_url.");
    out.StartObject();
    out.Key("type");
    out.String("file");
    out.Key("file");
    out.StartObject();
    if (const Value* name = member(part, "filename"); name && name->IsString()) {
        out.Key("filename");
        writeString(out, textOf(*name));
    }
    out.Key("file_data");
    writeString(out, requiredString(part, "file_data", where));
    out.EndObject();
    out.EndObject();
}

/** A user message's content parts, as Chat's. */
void writeUserParts(Writer& out, const Value& content, const std::string& where) {
    out.StartArray();
    rapidjson::SizeType index = 0;
    for (const Value& part : content.GetArray()) {
        const std::string at = partName(where, index++);
        if (!part.IsObject()) wrongType(at, "an object", part);
        if (const Value* text = partText(part, at)) {
            writeTextPart(out, textOf(*text));
            continue;
        }
        const std::string_view type = requiredString(part, "type", at);
        if (type == "input_image") writeInputImage(out, part, at);
        else if (type == "input_file") writeInputFile(out, part, at);
        else badValue(at + ".type", type, "'input_text', 'input_image' and 'input_file'");
    }
    out.EndArray();
}

std::string simpleMessage(std::string_view role, std::string_view content) {
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    writeTextMessage(out, role, content);
    return textOfBuffer(buffer);
}

}  // namespace

void ResponsesInput::append(std::string_view message) {
    messages_ += messages_.empty() ? '[' : ',';
    messages_ += message;
}

void ResponsesInput::place(std::string message) {
    if (awaiting_.empty()) append(message);
    else deferred_.push_back(std::move(message));
}

void ResponsesInput::addCanonical(const Value& message) {
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    message.Accept(out);
    append(textOfBuffer(buffer));
}

void ResponsesInput::addUserText(std::string_view text) {
    flushAssistant();
    place(simpleMessage("user", text));
}

void ResponsesInput::add(const Value& item, const std::string& where) {
    if (!item.IsObject()) wrongType(where, "an object", item);
    const Value* typeValue = member(item, "type");
    if (typeValue && !typeValue->IsString()) wrongType(fieldName(where, "type"), "a string", *typeValue);
    const std::string_view type = typeValue ? textOf(*typeValue) : "message";
    if (type == "message") addMessage(item, where);
    else if (type == "function_call") addFunctionCall(item, where);
    else if (type == "function_call_output") addFunctionCallOutput(item, where);
    else if (type != "reasoning")  // a reasoning item's content is the upstream model's own and stays out
        unsupported(fieldName(where, "type"),
                    "Input items of type '" + std::string(type) +
                        "' are not supported: Sluice serves messages, function_call, function_call_output and "
                        "reasoning items over any channel.");
}

void ResponsesInput::addMessage(const Value& item, const std::string& where) {
    const std::string_view role = requiredString(item, "role", where);
    const Value* content = member(item, "content");
    if (!content) missing(fieldName(where, "content"));
    const std::string at = fieldName(where, "content");
    if (role == "assistant") {
        std::string text = joinedText(*content, at, "");
        if (!calls_.empty() || (assistantOpen_ && !assistantText_.empty())) flushAssistant();
        assistantOpen_ = true;
        assistantText_ = std::move(text);
        return;
    }
    if (role == "system" || role == "developer") {
        flushAssistant();
        place(simpleMessage("system", joinedText(*content, at, "\n")));
        return;
    }
    if (role != "user") badValue(fieldName(where, "role"), role, "'user', 'assistant', 'system', and 'developer'");
    flushAssistant();
    if (content->IsString()) return place(simpleMessage("user", textOf(*content)));
    if (!content->IsArray()) wrongType(at, "a string or an array of input content", *content);
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    out.Key("role");
    out.String("user");
    out.Key("content");
    writeUserParts(out, *content, where);
    out.EndObject();
    place(textOfBuffer(buffer));
}

void ResponsesInput::addFunctionCall(const Value& item, const std::string& where) {
    const Value* space = member(item, "namespace");
    if (space && !space->IsString()) wrongType(fieldName(where, "namespace"), "a string", *space);
    Call call{std::string(requiredString(item, "call_id", where)),
              chatFunctionName(space ? textOf(*space) : "", requiredString(item, "name", where)),
              std::string(requiredString(item, "arguments", where))};
    assistantOpen_ = true;
    calls_.push_back(std::move(call));
}

void ResponsesInput::addFunctionCallOutput(const Value& item, const std::string& where) {
    const std::string_view callId = requiredString(item, "call_id", where);
    const Value* output = member(item, "output");
    if (!output) missing(fieldName(where, "output"));
    std::string text = joinedText(*output, fieldName(where, "output"), "\n");
    if (!awaiting_.count(callId)) {
        bool pending = false;
        for (const Call& call : calls_) pending = pending || call.id == callId;
        if (!pending)
            unsupported(fieldName(where, "call_id"),
                        "No tool call found for function call output with call_id " + std::string(callId) + ".");
        flushAssistant();
    }
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    out.Key("role");
    out.String("tool");
    out.Key("tool_call_id");
    writeString(out, callId);
    out.Key("content");
    writeString(out, text);
    out.EndObject();
    append(textOfBuffer(buffer));
    awaiting_.erase(awaiting_.find(callId));
    if (!awaiting_.empty()) return;
    for (const std::string& message : deferred_) append(message);
    deferred_.clear();
}

void ResponsesInput::flushAssistant() {
    if (!assistantOpen_) return;
    assistantOpen_ = false;
    if (calls_.empty()) {
        place(simpleMessage("assistant", assistantText_));
        assistantText_.clear();
        return;
    }
    if (!awaiting_.empty())
        unsupported("input", "No tool output found for function call " + *awaiting_.begin() + ".");
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    out.Key("role");
    out.String("assistant");
    out.Key("content");
    if (assistantText_.empty()) out.Null();
    else writeString(out, assistantText_);
    out.Key("tool_calls");
    out.StartArray();
    for (const Call& call : calls_) {
        writeToolCall(out, call.id, call.name, call.arguments);
        awaiting_.insert(call.id);
    }
    out.EndArray();
    out.EndObject();
    append(textOfBuffer(buffer));
    calls_.clear();
    assistantText_.clear();
}

std::string ResponsesInput::finish() {
    flushAssistant();
    if (!awaiting_.empty()) unsupported("input", "No tool output found for function call " + *awaiting_.begin() + ".");
    for (const std::string& message : deferred_) append(message);
    deferred_.clear();
    return messages_.empty() ? "[]" : messages_ + "]";
}

}  // namespace sluice::dialects
