// An OpenAI Responses request, read and converted to the canonical (OpenAI Chat) request.
#pragma once

#include "dialects/responses/ResponsesTurn.h"
#include "store/ResponseStore.h"

#include <rapidjson/document.h>

#include <string>
#include <string_view>

namespace sluice::dialects {

/**
 * A POST /v1/responses body, parsed once: first asked which stored
 * response it continues (previous_response_id), then, with that response
 * loaded, converted to the canonical chat body. instructions become the first
 * (system) message; input (a string or items, see ResponsesInput) follows
 * the continued conversation and its answer; function tools (a namespace's
 * named "<namespace>__<name>"), tool_choice, text.format, max_output_tokens,
 * temperature, top_p, parallel_tool_calls and user map to their Chat names.
 * What cannot be served over any channel (built-in tools such as web_search,
 * stored prompts, background mode) is refused with a 400.
 */
class ResponsesRequest {
public:
    /** Parses body; throws http::ApiError 400 when it is not a JSON object or previous_response_id and store are malformed. */
    explicit ResponsesRequest(std::string_view body);

    /** The id of the response this request continues, or "". */
    const std::string& previousResponseId() const { return previousResponseId_; }

    /**
     * The canonical chat body, continuing previous when given (its
     * conversation, then its output); fills turn's model, echo, store and
     * conversation. Throws http::ApiError 400 naming the bad field.
     */
    std::string toCanonical(const store::StoredResponse* previous, ResponsesTurn& turn) const;

private:
    rapidjson::Document doc_;
    std::string previousResponseId_;
    bool store_ = true;
};

}  // namespace sluice::dialects
