#include "dialects/responses/ResponsesResponse.h"

#include "dialects/CanonicalFields.h"
#include "dialects/responses/ResponsesFields.h"
#include "dialects/responses/ResponsesShapes.h"

#include <sluice/json.hpp>

#include <stdexcept>

namespace sluice::dialects {

using responses::memberOrNull;
using responses::OutputItem;

std::string ResponsesResponse::fromCanonical(std::string_view canonicalBody, const ResponsesTurn& turn) {
    rapidjson::Document doc;
    if (!json::parse(doc, canonicalBody).ok() || !doc.IsObject())
        throw std::invalid_argument("the upstream's completion is not a JSON object");
    const rapidjson::Value& choices = memberOrNull(doc, "choices");
    static const rapidjson::Value kNoChoice;
    const rapidjson::Value& choice = choices.IsArray() && !choices.Empty() ? choices[0] : kNoChoice;
    const rapidjson::Value& message = memberOrNull(choice, "message");
    const rapidjson::Value& calls = memberOrNull(message, "tool_calls");
    std::vector<OutputItem> output;
    const std::string_view text = stringField(message, "content");
    if (!text.empty() || !calls.IsArray() || calls.Empty())
        output.push_back(OutputItem::message(responses::itemId(turn, OutputItem::Kind::Message, 0), std::string(text)));
    if (calls.IsArray()) {
        for (const auto& call : calls.GetArray()) {
            const rapidjson::Value& function = memberOrNull(call, "function");
            output.push_back(OutputItem::functionCall(turn, output.size(), std::string(stringField(call, "id")),
                                                      stringField(function, "name"),
                                                      std::string(stringField(function, "arguments"))));
        }
    }
    const std::string_view incomplete = responses::incompleteReason(stringField(choice, "finish_reason"));
    const responses::Usage usage = responses::usageFrom(memberOrNull(doc, "usage"));
    return responses::responseJson(turn, output, {incomplete.empty() ? "completed" : "incomplete", incomplete, &usage, nullptr});
}

}  // namespace sluice::dialects
