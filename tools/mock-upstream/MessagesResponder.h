#pragma once

#include "ResponseWriter.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::mock {

/**
 * Writes complete HTTP responses in Anthropic's Messages wire format: message
 * bodies, and streams of named events (message_start, content blocks,
 * message_delta, message_stop). One instance per event loop, so its scratch
 * buffer's capacity is reused across requests and a text delta allocates
 * nothing once warm. With Context::thinking every reply opens with a thinking
 * block carrying kThinkingSignature.
 */
class MessagesResponder : public ResponseWriter {
public:
    /** The signature of every thinking block, for checking that it travels unchanged. */
    static constexpr std::string_view kThinkingSignature = "mocksig_EqQBCkYIBxgCKkBtb2NrIHRob3VnaHQ=";

    /** The error Anthropic itself sends for `status`, used for x-mock-status. */
    static Error errorForStatus(int status);

    /** Any error, as {"type":"error","error":{"type":..,"message":..}}; 429 also carries retry-after: 1. */
    void writeError(std::string& out, const Context& context, const Error& error);
    /** A non-stream message whose text is "mock0 mock1 ...", stop_reason end_turn. */
    void writeMessage(std::string& out, const Context& context);
    /** A reply calling one tool with `arguments` (a JSON object), as a message or its stream; stop_reason tool_use. */
    void writeToolUse(std::string& out, const Context& context, bool stream, std::string_view name,
                      std::string_view arguments);

    /** Starts a stream: headers, message_start, the thinking block if asked for, and the text block's start. */
    void writeStreamStart(std::string& out, const Context& context);
    /** One text_delta event: "mock<index> ". */
    void writeStreamText(std::string& out, const Context& context, std::uint32_t index);
    /** The text block's stop, message_delta (end_turn), message_stop and the end of the body. */
    void writeStreamEnd(std::string& out, const Context& context);

private:
    /** Appends the start of a message object to body_, up to "content":[ and, if asked, the thinking block. */
    void beginMessage(const Context& context, bool thinkingBlock);
    /** Closes the message object begun by beginMessage after its content blocks; an empty `stopReason` is null. */
    void endMessage(const Context& context, std::string_view stopReason, std::uint32_t outputTokens);
    /** Headers, message_start and the thinking block if asked for; returns the next block's index. */
    std::uint32_t writeStreamOpening(std::string& out, const Context& context);
    /** message_delta with `stopReason`, message_stop and the end of the body. */
    void writeStreamClosing(std::string& out, const Context& context, std::string_view stopReason);

    /** Starts building one event in body_: "event: NAME\ndata: ". */
    void beginEvent(std::string_view name);
    /** Ends the event in body_ and sends it. */
    void endEvent(std::string& out, const Context& context);
    /** Starts a content block event in body_, {"type":NAME,"index":INDEX,MEMBER:{"type":TYPE, leaving MEMBER open. */
    void beginBlockEvent(std::string_view name, std::uint32_t index, std::string_view member, std::string_view type);
    /** Starts a content_block_start event for a block of `type`, leaving the block object open for its members. */
    void beginBlockStart(std::uint32_t index, std::string_view type);
    /** Closes and sends the content_block_start in body_; a ping follows the first, as Anthropic sends it. */
    void endBlockStart(std::string& out, const Context& context, std::uint32_t index);
    /** Starts a content_block_delta event whose delta is of `type`, leaving the delta open for its members. */
    void beginDelta(std::uint32_t index, std::string_view type);
    /** Closes and sends the content_block_delta in body_. */
    void endDelta(std::string& out, const Context& context);
    /** Sends content_block_stop for block `index`. */
    void writeBlockStop(std::string& out, const Context& context, std::uint32_t index);
};

}  // namespace sluice::mock
