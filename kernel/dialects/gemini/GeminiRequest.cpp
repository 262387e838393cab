#include "dialects/gemini/GeminiRequest.h"

#include "dialects/CanonicalWriting.h"
#include "http/ApiError.h"

#include <sluice/json.hpp>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <deque>
#include <map>

namespace sluice::dialects {

namespace {

using Writer = CanonicalWriter;
using Value = rapidjson::Value;

[[noreturn]] void invalid(const std::string& message) { throw http::ApiError::invalidRequest(message); }

const Value* member(const Value& object, const char* name) {
    if (!object.IsObject()) return nullptr;
    auto it = object.FindMember(name);
    return it == object.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

std::string textOf(const Value& object, const char* name, const std::string& where) {
    const Value* value = member(object, name);
    if (!value || !value->IsString()) invalid("Invalid value at '" + where + "." + name + "': expected a string.");
    return {value->GetString(), value->GetStringLength()};
}

std::string serialized(const Value& value) {
    rapidjson::StringBuffer buffer;
    Writer writer(buffer);
    value.Accept(writer);
    return {buffer.GetString(), buffer.GetSize()};
}

const Value& partsOf(const Value& content, const std::string& where) {
    const Value* parts = member(content, "parts");
    if (!parts || !parts->IsArray()) invalid("Invalid value at '" + where + ".parts': expected a list of parts.");
    return *parts;
}

bool isThought(const Value& part) {
    const Value* thought = member(part, "thought");
    return thought && thought->IsBool() && thought->GetBool();
}

/** Tool call ids handed out for a model turn's functionCall parts, by function name, for the responses that follow. */
using PendingCalls = std::map<std::string, std::deque<std::string>>;

/** A user turn: function responses first (each a tool message), then its text and media as one user message. */
void writeUserTurn(Writer& out, const Value& parts, const std::string& where, PendingCalls& pending) {
    bool hasContent = false;
    for (rapidjson::SizeType i = 0; i < parts.Size(); ++i) {
        const Value& part = parts[i];
        const std::string at = where + ".parts[" + std::to_string(i) + "]";
        if (const Value* response = member(part, "functionResponse")) {
            const std::string name = textOf(*response, "name", at + ".functionResponse");
            std::string id;
            if (const Value* given = member(*response, "id"); given && given->IsString()) id = given->GetString();
            auto& ids = pending[name];
            if (id.empty() && !ids.empty()) id = ids.front();
            if (!ids.empty()) ids.pop_front();
            if (id.empty()) id = "call_" + name;
            const Value* result = member(*response, "response");
            out.StartObject();
            out.Key("role");
            out.String("tool");
            out.Key("tool_call_id");
            writeString(out, id);
            out.Key("content");
            writeString(out, result ? serialized(*result) : "{}");
            out.EndObject();
        } else if (member(part, "text") || member(part, "inlineData") || member(part, "fileData")) {
            hasContent = hasContent || !isThought(part);
        }
    }
    if (!hasContent) return;
    out.StartObject();
    out.Key("role");
    out.String("user");
    out.Key("content");
    out.StartArray();
    for (rapidjson::SizeType i = 0; i < parts.Size(); ++i) {
        const Value& part = parts[i];
        const std::string at = where + ".parts[" + std::to_string(i) + "]";
        if (isThought(part)) continue;
        if (member(part, "text")) {
            writeTextPart(out, textOf(part, "text", at));
        } else if (const Value* inline_ = member(part, "inlineData")) {
            writeImagePart(out, "data:" + textOf(*inline_, "mimeType", at + ".inlineData") + ";base64," +
                                    textOf(*inline_, "data", at + ".inlineData"));
        } else if (const Value* file = member(part, "fileData")) {
            writeImagePart(out, textOf(*file, "fileUri", at + ".fileData"));
        }
    }
    out.EndArray();
    out.EndObject();
}

/** A model turn: its text joined (thoughts left out), its functionCall parts as tool_calls. */
void writeModelTurn(Writer& out, const Value& parts, const std::string& where, PendingCalls& pending,
                    size_t& callNumber) {
    std::string text;
    bool hasCalls = false;
    for (rapidjson::SizeType i = 0; i < parts.Size(); ++i) {
        const Value& part = parts[i];
        if (member(part, "functionCall")) hasCalls = true;
        else if (member(part, "text") && !isThought(part)) text += textOf(part, "text", where + ".parts[" + std::to_string(i) + "]");
    }
    out.StartObject();
    out.Key("role");
    out.String("assistant");
    out.Key("content");
    if (text.empty() && hasCalls) out.Null();
    else writeString(out, text);
    if (hasCalls) {
        out.Key("tool_calls");
        out.StartArray();
        for (rapidjson::SizeType i = 0; i < parts.Size(); ++i) {
            const Value* call = member(parts[i], "functionCall");
            if (!call) continue;
            const std::string at = where + ".parts[" + std::to_string(i) + "].functionCall";
            const std::string name = textOf(*call, "name", at);
            std::string id;
            if (const Value* given = member(*call, "id"); given && given->IsString()) id = given->GetString();
            if (id.empty()) id = "call_" + std::to_string(++callNumber);
            pending[name].push_back(id);
            const Value* args = member(*call, "args");
            writeToolCall(out, id, name, args ? serialized(*args) : "{}");
        }
        out.EndArray();
    }
    out.EndObject();
}

void writeMessages(Writer& out, const Value& doc) {
    out.Key("messages");
    out.StartArray();
    if (const Value* system = member(doc, "systemInstruction")) {
        std::string text;
        const Value& parts = partsOf(*system, "systemInstruction");
        for (rapidjson::SizeType i = 0; i < parts.Size(); ++i) {
            if (!member(parts[i], "text")) continue;
            if (!text.empty()) text += "\n\n";
            text += textOf(parts[i], "text", "systemInstruction.parts[" + std::to_string(i) + "]");
        }
        writeTextMessage(out, "system", text);
    }
    const Value* contents = member(doc, "contents");
    if (!contents) invalid("Invalid value at 'contents': the request has no contents.");
    if (!contents->IsArray() || contents->Empty()) invalid("Invalid value at 'contents': expected a non-empty list.");
    PendingCalls pending;
    size_t callNumber = 0;
    for (rapidjson::SizeType i = 0; i < contents->Size(); ++i) {
        const Value& content = (*contents)[i];
        const std::string at = "contents[" + std::to_string(i) + "]";
        std::string role = "user";
        if (const Value* given = member(content, "role")) {
            if (!given->IsString()) invalid("Invalid value at '" + at + ".role': expected a string.");
            role = given->GetString();
        }
        const Value& parts = partsOf(content, at);
        if (role == "user" || role == "function") writeUserTurn(out, parts, at, pending);
        else if (role == "model") writeModelTurn(out, parts, at, pending, callNumber);
        else invalid("Invalid value at '" + at + ".role': please use a valid role: user, model.");
    }
    out.EndArray();
}

void writeTools(Writer& out, const Value& tools) {
    if (!tools.IsArray()) invalid("Invalid value at 'tools': expected a list.");
    out.Key("tools");
    out.StartArray();
    for (rapidjson::SizeType i = 0; i < tools.Size(); ++i) {
        const std::string at = "tools[" + std::to_string(i) + "]";
        const Value* declarations = member(tools[i], "functionDeclarations");
        if (!declarations || !declarations->IsArray())
            invalid("Invalid value at '" + at + "': only functionDeclarations tools can be served on this channel.");
        for (rapidjson::SizeType j = 0; j < declarations->Size(); ++j) {
            const Value& declaration = (*declarations)[j];
            const std::string where = at + ".functionDeclarations[" + std::to_string(j) + "]";
            openFunction(out, textOf(declaration, "name", where));
            if (const Value* description = member(declaration, "description"); description && description->IsString()) {
                out.Key("description");
                writeString(out, {description->GetString(), description->GetStringLength()});
            }
            const Value* parameters = member(declaration, "parametersJsonSchema");
            if (!parameters) parameters = member(declaration, "parameters");
            if (parameters) {
                out.Key("parameters");
                parameters->Accept(out);
            }
            closeFunction(out);
        }
    }
    out.EndArray();
}

void writeToolChoice(Writer& out, const Value& toolConfig) {
    const Value* config = member(toolConfig, "functionCallingConfig");
    const Value* mode = config ? member(*config, "mode") : nullptr;
    if (!mode || !mode->IsString()) return;
    const std::string_view chosen(mode->GetString(), mode->GetStringLength());
    const Value* allowed = member(*config, "allowedFunctionNames");
    out.Key("tool_choice");
    if (chosen == "NONE") {
        out.String("none");
    } else if (chosen == "ANY" && allowed && allowed->IsArray() && allowed->Size() == 1 && (*allowed)[0].IsString()) {
        openFunction(out, {(*allowed)[0].GetString(), (*allowed)[0].GetStringLength()});
        closeFunction(out);
    } else {
        out.String(chosen == "ANY" ? "required" : "auto");
    }
}

void writeGenerationConfig(Writer& out, const Value& config) {
    auto copyNumber = [&](const char* from, const char* to) {
        const Value* value = member(config, from);
        if (!value) return;
        if (!value->IsNumber()) invalid(std::string("Invalid value at 'generation_config.") + from + "': expected a number.");
        out.Key(to);
        value->Accept(out);
    };
    copyNumber("temperature", "temperature");
    copyNumber("topP", "top_p");
    copyNumber("maxOutputTokens", "max_tokens");
    copyNumber("seed", "seed");
    if (const Value* stops = member(config, "stopSequences")) {
        out.Key("stop");
        stops->Accept(out);
    }
    const Value* mime = member(config, "responseMimeType");
    if (!mime || !mime->IsString() || std::string_view(mime->GetString()) != "application/json") return;
    const Value* schema = member(config, "responseJsonSchema");
    if (!schema) schema = member(config, "responseSchema");
    out.Key("response_format");
    out.StartObject();
    out.Key("type");
    if (!schema) {
        out.String("json_object");
    } else {
        out.String("json_schema");
        out.Key("json_schema");
        out.StartObject();
        out.Key("name");
        out.String("response");
        out.Key("schema");
        schema->Accept(out);
        out.EndObject();
    }
    out.EndObject();
}

}  // namespace

std::string GeminiRequest::toCanonical(std::string_view body, std::string_view model, bool stream) {
    rapidjson::Document doc;
    if (json::ParseResult parsed = json::parse(doc, body); !parsed.ok())
        invalid("Invalid JSON payload received: " + parsed.message() + ".");
    if (!doc.IsObject()) invalid("Invalid JSON payload received: expected an object.");
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    out.Key("model");
    writeString(out, model);
    writeMessages(out, doc);
    if (const Value* tools = member(doc, "tools"); tools && !(tools->IsArray() && tools->Empty())) writeTools(out, *tools);
    if (const Value* toolConfig = member(doc, "toolConfig")) writeToolChoice(out, *toolConfig);
    if (const Value* config = member(doc, "generationConfig")) writeGenerationConfig(out, *config);
    if (stream) writeStreamWithUsage(out);  // every Gemini stream carries usageMetadata
    out.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace sluice::dialects
