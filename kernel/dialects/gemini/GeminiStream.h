// The canonical (OpenAI chunk) stream rendered as Gemini's streamGenerateContent.
#pragma once

#include "dialects/StreamRenderer.h"
#include "dialects/gemini/GeminiShapes.h"

#include <map>
#include <string>

namespace sluice::dialects {

/**
 * Renders chat.completion.chunk events as GenerateContentResponse chunks:
 * each text delta at once as a chunk of its own; function calls, which Gemini
 * sends whole, gathered from their argument deltas and sent in the last chunk
 * with the finishReason and usageMetadata. With ?alt=sse each chunk is a
 * server-sent event; without, the stream is one JSON array written piece by
 * piece, as Google's API does.
 */
class GeminiStream final : public StreamRenderer {
public:
    /** model: the one the caller asked for; serverSentEvents: ?alt=sse. */
    GeminiStream(std::string model, bool serverSentEvents) : model_(std::move(model)), sse_(serverSentEvents) {}

    bool render(std::string_view canonicalEvent, const EventSink& out) override;
    bool finish(const EventSink& out) override;
    std::string errorEvent(const http::ApiError& error) const override;
    std::string_view contentType() const override { return sse_ ? "text/event-stream" : "application/json"; }

private:
    /** Writes one response object in the stream's framing. */
    bool emit(const std::string& json, const EventSink& out);

    std::string model_;
    bool sse_;
    bool first_ = true;  // no chunk written yet (the JSON array still needs its '[')
    std::string responseId_;
    std::map<int64_t, gemini::FunctionCall> calls_;  // by the OpenAI tool call's index
    std::string finish_ = "stop";
    rapidjson::Document usage_;  // the upstream's last usage object
    std::string frame_;
};

}  // namespace sluice::dialects
