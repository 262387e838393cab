// The canonical (OpenAI chunk) stream rendered as the Responses API's event stream.
#pragma once

#include "dialects/ChunkRenderer.h"
#include "dialects/responses/ResponsesShapes.h"

#include <map>
#include <string>
#include <vector>

namespace sluice::dialects {

/**
 * Renders chat.completion.chunk events as the Responses API's sequence,
 * each event named on an `event:` line and numbered by sequence_number:
 * response.created and response.in_progress; for text, a message item
 * (response.output_item.added, response.content_part.added,
 * response.output_text.delta events, then response.output_text.done,
 * response.content_part.done and response.output_item.done); for each tool
 * call, a function_call item whose arguments arrive as
 * response.function_call_arguments.delta events; then response.completed
 * (response.incomplete when cut by max tokens) with the whole Response and
 * the usage the upstream reported last. Each canonical event yields its
 * events at once, in one write.
 */
class ResponsesStream final : public ChunkRenderer {
public:
    /** turn outlives the renderer. */
    explicit ResponsesStream(const ResponsesTurn& turn) : turn_(turn) {}

    bool finish(const EventSink& out) override;
    /** An `error` event, then response.failed with the output so far. */
    std::string errorEvent(const http::ApiError& error) const override;
    /** The final Response, as response.completed carries it. */
    std::string answer() const override;

private:
    using Writer = responses::Writer;

    void start();
    /** Starts an event's data: {"type":...,"sequence_number":...; the caller writes the rest, then calls emit. */
    Writer& begin(std::string_view type);
    void emit(std::string_view type);
    /** Writes "item_id", "output_index" and, for text, "content_index" of the open item. */
    void writeWhere(bool content);
    void open(responses::OutputItem item);
    void close();
    void readChunk(const rapidjson::Value& chunk) override;
    void readToolCall(const rapidjson::Value& call);
    std::string_view status() const;

    const ResponsesTurn& turn_;
    rapidjson::StringBuffer buffer_;
    Writer writer_{buffer_};
    int64_t sequence_ = 0;
    bool started_ = false;
    std::vector<responses::OutputItem> output_;
    int open_ = -1;                    // the output index of the item being streamed
    std::map<int64_t, size_t> calls_;  // a canonical tool call's index -> its item's output index
    std::string_view incompleteReason_;
    responses::Usage usage_;
};

}  // namespace sluice::dialects
