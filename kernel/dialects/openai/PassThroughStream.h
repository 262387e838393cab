// The canonical stream is OpenAI's: each event goes to the caller as it came.
#pragma once

#include "dialects/StreamRenderer.h"

namespace sluice::dialects {

/** Forwards canonical events unchanged; an error ends the stream as an OpenAI error event. */
class PassThroughStream final : public StreamRenderer {
public:
    bool render(std::string_view canonicalEvent, const EventSink& out) override { return out(canonicalEvent); }
    bool finish(const EventSink&) override { return true; }
    std::string errorEvent(const http::ApiError& error) const override { return "data: " + error.toJson() + "\n\n"; }
};

}  // namespace sluice::dialects
