// A canonical chat.completion body rendered as an OpenAI Responses Response object.
#pragma once

#include "dialects/responses/ResponsesTurn.h"

#include <string>
#include <string_view>

namespace sluice::dialects {

/**
 * Renders the first choice of an OpenAI chat.completion as a Response: its
 * text as a message item with one output_text part, its tool_calls as
 * function_call items, status completed (incomplete, with its reason, when
 * the completion was cut by max tokens or a content filter) and usage in the
 * Responses API's terms.
 */
class ResponsesResponse {
public:
    /** The Response body for turn. Throws std::invalid_argument on a body that is not a completion. */
    static std::string fromCanonical(std::string_view canonicalBody, const ResponsesTurn& turn);
};

}  // namespace sluice::dialects
