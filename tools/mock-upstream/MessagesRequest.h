#pragma once

#include <string_view>

namespace sluice::mock {

/**
 * The few fields of an Anthropic Messages request body that the mock acts
 * on, read with the same one-pass scan as ChatRequest: `model`, `stream`,
 * whether `max_tokens` is there, whether `thinking` is enabled, and whether
 * the last user message answers a tool call.
 */
class MessagesRequest {
public:
    /** Outcome of parse. */
    enum class Result { Ok, InvalidJson, MissingModel, MissingMaxTokens };

    /**
     * Scans `body`, which must outlive this object because model() points
     * into it. Checks that the body is one object with balanced strings and
     * brackets; values the mock ignores are skipped, not validated.
     */
    Result parse(std::string_view body);

    /** The model name exactly as sent: still JSON-escaped, never holds raw control characters. */
    std::string_view model() const { return model_; }
    /** True when the request asked for a server-sent event stream ("stream": true). */
    bool stream() const { return stream_; }
    /** True for "thinking":{"type":"enabled",...}: the reply opens with a thinking block. */
    bool thinking() const { return thinking_; }
    /** True when the last user message carries a tool_result block. */
    bool answersToolUse() const { return answersToolUse_; }

private:
    std::string_view model_;
    bool stream_ = false;
    bool hasMaxTokens_ = false;
    bool thinking_ = false;
    bool answersToolUse_ = false;
};

}  // namespace sluice::mock
