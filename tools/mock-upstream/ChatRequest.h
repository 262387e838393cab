#pragma once

#include <string_view>

namespace sluice::mock {

/**
 * The few fields of an OpenAI chat completions request body that the mock
 * acts on. Read with a one-pass scan of the top-level object rather than a
 * JSON library: the mock only needs `model`, `stream` and
 * `stream_options.include_usage`, and must stay cheap per request.
 */
class ChatRequest {
public:
    /** Outcome of parse. */
    enum class Result { Ok, InvalidJson, MissingModel };

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
    /** True when stream_options.include_usage is true, asking for a final usage chunk. */
    bool includeUsage() const { return includeUsage_; }

private:
    std::string_view model_;
    bool stream_ = false;
    bool includeUsage_ = false;
};

}  // namespace sluice::mock
