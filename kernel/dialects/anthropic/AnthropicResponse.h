// A canonical chat.completion body rendered as an Anthropic Messages response.
#pragma once

#include <string>
#include <string_view>

namespace sluice::dialects {

/**
 * Renders the first choice of an OpenAI chat.completion as an Anthropic
 * "message": its text as a text block, its tool_calls as tool_use blocks
 * (arguments parsed into input), finish_reason as stop_reason and usage in
 * Anthropic's terms (input without cache reads, cache reads apart).
 */
class AnthropicResponse {
public:
    /** The message body; model is the one the caller asked for. Throws std::invalid_argument on a body that is not a completion. */
    static std::string fromCanonical(std::string_view canonicalBody, std::string_view model);
};

}  // namespace sluice::dialects
