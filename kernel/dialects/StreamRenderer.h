// Turns the canonical event stream (OpenAI chat chunks) into the caller's dialect, event by event.
#pragma once

#include "http/ApiError.h"

#include <functional>
#include <string_view>

namespace sluice::dialects {

/** Where rendered events go; false when the caller is gone. */
using EventSink = std::function<bool(std::string_view event)>;

/**
 * One stream's renderer. It receives each canonical SSE event
 * ("data: {chat.completion.chunk}\n\n", and "data: [DONE]\n\n") as the
 * provider emits it and writes zero or more events of the caller's dialect,
 * adding no buffering beyond what the dialect's own framing needs.
 */
class StreamRenderer {
public:
    virtual ~StreamRenderer() = default;

    /** Renders one canonical event; false when the sink reported the caller gone. */
    virtual bool render(std::string_view canonicalEvent, const EventSink& out) = 0;

    /** Ends a stream that completed; false when the sink reported the caller gone. */
    virtual bool finish(const EventSink& out) = 0;

    /** The event that ends a stream with error, in the dialect's own error form. */
    virtual std::string errorEvent(const http::ApiError& error) const = 0;

    /** The whole answer streamed so far, in the dialect's body shape, for Dialect::keep ("" when it keeps none). */
    virtual std::string answer() const { return {}; }

    /** The stream's Content-Type (Gemini's JSON-array streams are not server-sent events). */
    virtual std::string_view contentType() const { return "text/event-stream"; }
};

}  // namespace sluice::dialects
