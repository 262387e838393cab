// An Anthropic Messages request, read and converted to the canonical (OpenAI Chat) request.
#pragma once

#include <string>
#include <string_view>

namespace sluice::dialects {

/**
 * Converts a POST /v1/messages body to the canonical chat body: system (a
 * string or text blocks) becomes the first message; text and image blocks
 * become content parts; tool_use blocks become the assistant's tool_calls and
 * tool_result blocks tool messages, in the order OpenAI requires; tools,
 * tool_choice, stop_sequences, max_tokens, temperature, top_p and
 * metadata.user_id map to their OpenAI names. What the canonical model has no
 * place for yet (thinking blocks, cache_control, top_k) is left out, so an
 * OpenAI-compatible upstream never sees a field it would refuse.
 */
class AnthropicRequest {
public:
    /** Validates body as Anthropic does and returns the canonical body; throws http::ApiError 400 naming the field. */
    static std::string toCanonical(std::string_view body);
};

}  // namespace sluice::dialects
