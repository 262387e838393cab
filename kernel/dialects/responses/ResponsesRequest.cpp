#include "dialects/responses/ResponsesRequest.h"

#include "dialects/CanonicalWriting.h"
#include "dialects/responses/ResponsesFields.h"
#include "dialects/responses/ResponsesInput.h"
#include "dialects/responses/ResponsesShapes.h"
#include "http/ApiError.h"
#include "util/Utf8.h"

#include <sluice/json.hpp>

namespace sluice::dialects {

namespace {

using Writer = CanonicalWriter;
using Value = rapidjson::Value;
using namespace responses;

std::string indexed(std::string_view name, rapidjson::SizeType index) {
    return std::string(name) + "[" + std::to_string(index) + "]";
}

/** Refuses what the Responses API offers but only OpenAI itself can serve. */
void refuseUnservable(const Value& doc) {
    if (const Value* background = member(doc, "background"); background && background->IsBool() && background->GetBool())
        unsupported("background", "Background responses are not supported: ask without background and wait for the answer.");
    if (member(doc, "prompt")) unsupported("prompt", "Stored prompts are not supported: send the instructions and input instead.");
    if (member(doc, "conversation"))
        unsupported("conversation", "Conversation objects are not supported: continue a conversation with previous_response_id.");
}

/** A stored response's conversation and output, continued by this request. */
void continuePrevious(ResponsesInput& input, const store::StoredResponse& previous) {
    rapidjson::Document conversation, response;
    if (!json::parse(conversation, previous.conversationJson).ok() || !conversation.IsArray() ||
        !json::parse(response, previous.responseJson).ok() || !response.IsObject())
        throw http::ApiError(500, "server_error", "stored_response_unreadable",
                             "The stored response '" + previous.id + "' could not be read.");
    for (const Value& message : conversation.GetArray()) input.addCanonical(message);
    const Value* output = member(response, "output");
    if (!output || !output->IsArray()) return;
    rapidjson::SizeType index = 0;
    for (const Value& item : output->GetArray()) input.add(item, indexed("previous_response.output", index++));
}

void addInput(ResponsesInput& input, const Value& doc) {
    const Value* items = member(doc, "input");
    if (!items) return;
    if (items->IsString()) return input.addUserText(textOf(*items));
    if (!items->IsArray()) wrongType("input", "a string or an array of input items", *items);
    rapidjson::SizeType index = 0;
    for (const Value& item : items->GetArray()) input.add(item, indexed("input", index++));
}

/** The canonical messages: the instructions as a system message, then the conversation. */
std::string withInstructions(const Value& doc, const std::string& conversation) {
    const Value* instructions = member(doc, "instructions");
    if (!instructions) return conversation;
    if (!instructions->IsString()) wrongType("instructions", "a string", *instructions);
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    writeTextMessage(out, "system", textOf(*instructions));
    std::string messages = "[";
    messages.append(buffer.GetString(), buffer.GetSize());
    messages += conversation == "[]" ? "]" : "," + conversation.substr(1);
    return messages;
}

/** The type of a tool, refused unless it is a function (or, where namespaces may stand, a namespace). */
std::string_view toolType(const Value& tool, const std::string& at, bool namespaceAllowed) {
    if (!tool.IsObject()) wrongType(at, "an object", tool);
    const std::string_view type = requiredString(tool, "type", at);
    if (type != "function" && !(namespaceAllowed && type == "namespace"))
        unsupported(at + ".type", "Tools of type '" + std::string(type) +
                                      "' are not supported: Sluice serves the Responses API over any channel, "
                                      "where only function tools (alone or in a namespace) translate.");
    return type;
}

/** One function tool as Chat's; a namespace's function is named "<namespace>__<name>". */
void writeFunction(Writer& out, const Value& tool, const std::string& at, std::string_view space) {
    openFunction(out, chatFunctionName(space, requiredString(tool, "name", at)));
    for (const char* name : {"description", "parameters", "strict"}) {
        if (const Value* value = member(tool, name)) {
            out.Key(name);
            value->Accept(out);
        }
    }
    closeFunction(out);
}

/** The tools as Chat's function tools, a namespace's flattened; namespaces gets the namespaces' names. */
void writeTools(Writer& out, const Value& tools, std::vector<std::string>& namespaces) {
    out.Key("tools");
    out.StartArray();
    rapidjson::SizeType index = 0;
    for (const Value& tool : tools.GetArray()) {
        const std::string at = indexed("tools", index++);
        if (toolType(tool, at, true) == "function") {
            writeFunction(out, tool, at, "");
            continue;
        }
        const std::string_view space = requiredString(tool, "name", at);
        const Value* inner = member(tool, "tools");
        if (!inner) missing(fieldName(at, "tools"));
        if (!inner->IsArray()) wrongType(fieldName(at, "tools"), "an array", *inner);
        rapidjson::SizeType innerIndex = 0;
        for (const Value& function : inner->GetArray()) {
            const std::string innerAt = indexed(fieldName(at, "tools"), innerIndex++);
            toolType(function, innerAt, false);
            writeFunction(out, function, innerAt, space);
        }
        namespaces.emplace_back(space);
    }
    out.EndArray();
}

void writeToolChoice(Writer& out, const Value& choice) {
    out.Key("tool_choice");
    if (choice.IsString()) {
        const std::string_view mode = textOf(choice);
        if (mode != "auto" && mode != "none" && mode != "required") badValue("tool_choice", mode, "'auto', 'none' and 'required'");
        writeString(out, mode);
        return;
    }
    if (!choice.IsObject()) wrongType("tool_choice", "a string or an object", choice);
    const std::string_view type = requiredString(choice, "type", "tool_choice");
    if (type != "function")
        unsupported("tool_choice.type", "A tool_choice of type '" + std::string(type) +
                                            "' is not supported: name a function tool, or use 'auto', 'none' or 'required'.");
    openFunction(out, requiredString(choice, "name", "tool_choice"));
    closeFunction(out);
}

/** text.format as Chat's response_format (nothing for plain text). */
void writeFormat(Writer& out, const Value& text) {
    if (!text.IsObject()) wrongType("text", "an object", text);
    const Value* format = member(text, "format");
    if (!format) return;
    const std::string_view type = requiredString(*format, "type", "text.format");
    if (type == "text") return;
    out.Key("response_format");
    out.StartObject();
    out.Key("type");
    writeString(out, type);
    if (type == "json_schema") {
        out.Key("json_schema");
        out.StartObject();
        out.Key("name");
        writeString(out, requiredString(*format, "name", "text.format"));
        const Value* schema = member(*format, "schema");
        if (!schema) missing("text.format.schema");
        if (!schema->IsObject()) wrongType("text.format.schema", "an object", *schema);
        out.Key("schema");
        schema->Accept(out);
        for (const char* name : {"description", "strict"}) {
            if (const Value* value = member(*format, name)) {
                out.Key(name);
                value->Accept(out);
            }
        }
        out.EndObject();
    } else if (type != "json_object") {
        badValue("text.format.type", type, "'text', 'json_schema' and 'json_object'");
    }
    out.EndObject();
}

void copyNumber(Writer& out, const Value& doc, const char* name) {
    const Value* value = member(doc, name);
    if (!value) return;
    if (!value->IsNumber()) wrongType(name, "a number", *value);
    out.Key(name);
    value->Accept(out);
}

void writeOptions(Writer& out, const Value& doc, std::vector<std::string>& namespaces) {
    if (const Value* limit = member(doc, "max_output_tokens")) {
        if (!limit->IsInt64()) wrongType("max_output_tokens", "an integer", *limit);
        if (limit->GetInt64() < 1) badValue("max_output_tokens", std::to_string(limit->GetInt64()), "integers of at least 1");
        out.Key("max_tokens");
        out.Int64(limit->GetInt64());
    }
    copyNumber(out, doc, "temperature");
    copyNumber(out, doc, "top_p");
    const Value* tools = member(doc, "tools");
    if (tools && !tools->IsArray()) wrongType("tools", "an array", *tools);
    if (tools && !tools->Empty()) {  // Chat refuses an empty tools list, and tool_choice without tools
        writeTools(out, *tools, namespaces);
        if (const Value* choice = member(doc, "tool_choice")) writeToolChoice(out, *choice);
        if (const Value* parallel = member(doc, "parallel_tool_calls")) {
            if (!parallel->IsBool()) wrongType("parallel_tool_calls", "a boolean", *parallel);
            out.Key("parallel_tool_calls");
            out.Bool(parallel->GetBool());
        }
    }
    if (const Value* text = member(doc, "text")) writeFormat(out, *text);
    if (const Value* user = member(doc, "user"); user && user->IsString()) {
        out.Key("user");
        writeString(out, textOf(*user));
    }
    const Value* stream = member(doc, "stream");
    if (stream && !stream->IsBool()) wrongType("stream", "a boolean", *stream);
    if (stream && stream->GetBool()) writeStreamWithUsage(out);  // response.completed always carries the usage
}

/** The request fields a Response repeats, with the API's defaults for those not given, as members without braces. */
std::string echoOf(const Value& doc, bool store) {
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    const auto echo = [&](const char* name, const char* fallback) {
        out.Key(name);
        if (const Value* value = member(doc, name)) value->Accept(out);
        else out.RawValue(fallback, std::char_traits<char>::length(fallback), rapidjson::kObjectType);
    };
    echo("instructions", "null");
    echo("max_output_tokens", "null");
    echo("metadata", "{}");
    echo("parallel_tool_calls", "true");
    echo("previous_response_id", "null");
    echo("reasoning", R"({"effort":null,"summary":null})");
    out.Key("store");
    out.Bool(store);
    echo("temperature", "1.0");
    echo("text", R"({"format":{"type":"text"}})");
    echo("tool_choice", R"("auto")");
    echo("tools", "[]");
    echo("top_p", "1.0");
    echo("truncation", R"("disabled")");
    echo("user", "null");
    out.EndObject();
    return std::string(buffer.GetString() + 1, buffer.GetSize() - 2);
}

}  // namespace

ResponsesRequest::ResponsesRequest(std::string_view body) {
    if (util::findInvalidUtf8(body) != body.size())
        throw http::ApiError::invalidRequest("The request body is not valid UTF-8.", "invalid_json");
    if (json::ParseResult parsed = json::parse(doc_, body); !parsed.ok())
        throw http::ApiError::invalidRequest("We could not parse the JSON body of your request: " + parsed.message() + ".",
                                             "invalid_json");
    if (!doc_.IsObject()) throw http::ApiError::invalidRequest("The request body must be a JSON object.", "invalid_json");
    if (const Value* previous = member(doc_, "previous_response_id")) {
        if (!previous->IsString()) wrongType("previous_response_id", "a string", *previous);
        previousResponseId_ = std::string(textOf(*previous));
    }
    if (const Value* store = member(doc_, "store")) {
        if (!store->IsBool()) wrongType("store", "a boolean", *store);
        store_ = store->GetBool();
    }
}

std::string ResponsesRequest::toCanonical(const store::StoredResponse* previous, ResponsesTurn& turn) const {
    const std::string_view model = requiredString(doc_, "model", "");
    if (model.empty()) badValue("model", model, "the name of a model");
    refuseUnservable(doc_);
    ResponsesInput input;
    if (previous) continuePrevious(input, *previous);
    addInput(input, doc_);
    std::string conversation = input.finish();
    const std::string messages = withInstructions(doc_, conversation);
    if (messages == "[]") missing("input");
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    out.Key("model");
    writeString(out, model);
    out.Key("messages");
    out.RawValue(messages.data(), messages.size(), rapidjson::kArrayType);
    writeOptions(out, doc_, turn.namespaces);
    out.EndObject();
    turn.model = std::string(model);
    turn.echo = echoOf(doc_, store_);
    turn.store = store_;
    turn.conversation = std::move(conversation);
    return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace sluice::dialects
