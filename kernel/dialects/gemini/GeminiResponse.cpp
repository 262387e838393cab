#include "dialects/gemini/GeminiResponse.h"

#include "dialects/CanonicalFields.h"
#include "dialects/gemini/GeminiShapes.h"

#include <sluice/json.hpp>

#include <stdexcept>

namespace sluice::dialects {

std::string GeminiResponse::fromCanonical(std::string_view canonicalBody, std::string_view model) {
    rapidjson::Document doc;
    if (!json::parse(doc, canonicalBody).ok() || !doc.IsObject())
        throw std::invalid_argument("the upstream's completion is not a JSON object");
    gemini::Candidate candidate;
    std::string finish = "stop";
    auto choices = doc.FindMember("choices");
    if (choices != doc.MemberEnd() && choices->value.IsArray() && !choices->value.Empty() && choices->value[0].IsObject()) {
        const rapidjson::Value& choice = choices->value[0];
        finish = std::string(stringField(choice, "finish_reason"));
        if (auto message = choice.FindMember("message"); message != choice.MemberEnd() && message->value.IsObject()) {
            candidate.text = std::string(stringField(message->value, "content"));
            auto calls = message->value.FindMember("tool_calls");
            if (calls != message->value.MemberEnd() && calls->value.IsArray())
                for (const auto& call : calls->value.GetArray()) {
                    if (!call.IsObject() || !call.HasMember("function")) continue;
                    candidate.calls.push_back({std::string(stringField(call, "id")), std::string(stringField(call["function"], "name")),
                                               std::string(stringField(call["function"], "arguments"))});
                }
        }
    }
    candidate.finishReason = gemini::finishReason(finish);
    if (auto usage = doc.FindMember("usage"); usage != doc.MemberEnd()) candidate.usage = &usage->value;
    return gemini::responseJson(candidate, model, std::string(stringField(doc, "id")));
}

}  // namespace sluice::dialects
