// The canonical (OpenAI chunk) stream rendered as Anthropic's Messages event stream.
#pragma once

#include "dialects/ChunkRenderer.h"
#include "dialects/anthropic/AnthropicShapes.h"

#include <map>
#include <string>

namespace sluice::dialects {

/**
 * Renders chat.completion.chunk events as Anthropic's sequence:
 * message_start; for text, content_block_start (text), text_delta events and
 * content_block_stop; for each tool call, a tool_use block whose arguments
 * arrive as input_json_delta; then message_delta with the stop_reason and the
 * usage the upstream reported last, and message_stop. Each canonical event
 * yields its Anthropic events at once, in one write.
 */
class AnthropicStream final : public ChunkRenderer {
public:
    /** model: the one the caller asked for, echoed in message_start. */
    explicit AnthropicStream(std::string model) : model_(std::move(model)) {}

    bool finish(const EventSink& out) override;
    std::string errorEvent(const http::ApiError& error) const override;

private:
    enum class Block { None, Text, ToolUse };

    void startMessage(std::string_view completionId);
    void openBlock(Block kind, std::string_view toolId = {}, std::string_view toolName = {});
    void closeBlock();
    void delta(std::string_view type, std::string_view field, std::string_view text);
    void event(std::string_view name, std::string_view json);
    void readChunk(const rapidjson::Value& chunk) override;

    std::string model_;
    bool started_ = false;
    Block open_ = Block::None;
    int nextIndex_ = 0;
    std::map<int64_t, int> toolBlocks_;  // an OpenAI tool call's index -> its tool_use block's index
    int64_t openToolCall_ = -1;
    std::string stopReason_ = "end_turn";
    anthropic::Usage usage_;
};

}  // namespace sluice::dialects
