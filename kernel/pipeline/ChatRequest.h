// The few fields of a canonical chat request the kernel itself needs.
#pragma once

#include <string>

namespace sluice::pipeline {

/** A validated /v1/chat/completions request; the body is passed to adapters untouched. */
struct ChatRequest {
    std::string body;
    std::string model;
    bool stream = false;
    bool includeUsage = false;
    /** The caller's body as sent, kept by a dialect with a native format for a channel that speaks it; else empty. */
    std::string nativeBody;

    /** Validates an OpenAI chat body; throws http::ApiError (400) naming the bad field. */
    static ChatRequest parse(std::string body);
};

}  // namespace sluice::pipeline
