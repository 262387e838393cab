// An Anthropic Messages event stream passed to the caller as written, its usage read on the way.
#pragma once

#include <sluice/provider.hpp>
#include <sluice/sse_parser.hpp>

#include <string>

namespace sluice::plugins {

/**
 * Forwards each Anthropic event ("event: NAME\ndata: JSON\n\n") unchanged,
 * thinking and signature deltas included, and reads the usage from
 * message_start (input and cache tokens) and message_delta (output tokens,
 * and the input counts newer API versions repeat there). A stream that ends
 * before message_stop is an error, so the kernel can tell a cut stream from a
 * finished one.
 */
class AnthropicStreamPassThrough : public StreamTranslator {
public:
    void feed(std::string_view bytes, const Sink& out) override;
    Usage finish(const Sink& out) override;

private:
    void onEvent(const SseParser::Event& event, const Sink& out);

    SseParser parser_;
    std::string frame_;
    Usage usage_;
    int64_t inputTokens_ = -1;  // as AnthropicUsage: -1 until the upstream says
    int64_t cacheReadTokens_ = -1;
    int64_t cacheWriteTokens_ = -1;
    bool stopped_ = false;
};

}  // namespace sluice::plugins
