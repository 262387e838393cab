// A canonical chat.completion body rendered as a Gemini GenerateContentResponse.
#pragma once

#include <string>
#include <string_view>

namespace sluice::dialects {

/** Renders the first choice's text and tool calls as candidates[0], finish_reason and usage as Gemini's. */
class GeminiResponse {
public:
    /** The response body; model is the one the caller asked for. Throws std::invalid_argument on a body that is not a completion. */
    static std::string fromCanonical(std::string_view canonicalBody, std::string_view model);
};

}  // namespace sluice::dialects
