#include "dialects/anthropic/AnthropicResponse.h"

#include "dialects/CanonicalFields.h"
#include "dialects/CanonicalWriting.h"
#include "dialects/anthropic/AnthropicShapes.h"

#include <sluice/json.hpp>

#include <stdexcept>

namespace sluice::dialects {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

/** A tool call's arguments as the input object; text that is not a JSON object becomes {}. */
void writeInput(Writer& out, std::string_view arguments) {
    rapidjson::Document input;
    if (json::parse(input, arguments).ok() && input.IsObject()) {
        input.Accept(out);
        return;
    }
    out.StartObject();
    out.EndObject();
}

void writeContent(Writer& out, const rapidjson::Value& message) {
    out.StartArray();
    if (std::string_view text = stringField(message, "content"); !text.empty())
        writeTextPart(out, text);  // Anthropic's text block has the canonical text part's shape
    auto calls = message.IsObject() ? message.FindMember("tool_calls") : message.MemberEnd();
    if (message.IsObject() && calls != message.MemberEnd() && calls->value.IsArray()) {
        for (const auto& call : calls->value.GetArray()) {
            const rapidjson::Value& function = call.IsObject() && call.HasMember("function") ? call["function"] : call;
            out.StartObject();
            out.Key("type");
            out.String("tool_use");
            out.Key("id");
            writeString(out, stringField(call, "id"));
            out.Key("name");
            writeString(out, stringField(function, "name"));
            out.Key("input");
            writeInput(out, stringField(function, "arguments"));
            out.EndObject();
        }
    }
    out.EndArray();
}

}  // namespace

std::string AnthropicResponse::fromCanonical(std::string_view canonicalBody, std::string_view model) {
    rapidjson::Document doc;
    if (!json::parse(doc, canonicalBody).ok() || !doc.IsObject())
        throw std::invalid_argument("the upstream's completion is not a JSON object");
    auto choices = doc.FindMember("choices");
    const rapidjson::Value* choice = nullptr;
    if (choices != doc.MemberEnd() && choices->value.IsArray() && !choices->value.Empty()) choice = &choices->value[0];
    rapidjson::Value none(rapidjson::kObjectType);
    const rapidjson::Value& message = choice && choice->HasMember("message") ? (*choice)["message"] : none;
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    out.StartObject();
    out.Key("id");
    writeString(out, anthropic::messageId(stringField(doc, "id")));
    out.Key("type");
    out.String("message");
    out.Key("role");
    out.String("assistant");
    out.Key("model");
    writeString(out, model);
    out.Key("content");
    writeContent(out, message);
    out.Key("stop_reason");
    writeString(out, anthropic::stopReason(choice ? stringField(*choice, "finish_reason") : std::string_view()));
    out.Key("stop_sequence");
    out.Null();
    out.Key("usage");
    auto usage = doc.FindMember("usage");
    anthropic::writeUsage(out, usage == doc.MemberEnd() ? anthropic::Usage{} : anthropic::usageFrom(usage->value));
    out.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace sluice::dialects
