#include "MessagesResponder.h"

#include <atomic>

namespace sluice::mock {
namespace {

/** Numbers message ids msg_mock_1, _2, ... across all loops. */
std::atomic<std::uint64_t> lastMessageId{0};

constexpr std::string_view kJson = "application/json";
constexpr std::string_view kEventStream = "text/event-stream; charset=utf-8";
constexpr std::string_view kThought = "mock thought";

}  // namespace

ResponseWriter::Error MessagesResponder::errorForStatus(int status) {
    switch (status) {
    case 400: return {400, "invalid_request_error", "", "Invalid request."};
    case 401: return {401, "authentication_error", "", "invalid x-api-key"};
    case 403:
        return {403, "permission_error", "", "Your API key does not have permission to use the specified resource."};
    case 404: return {404, "not_found_error", "", "The requested resource could not be found."};
    case 413: return {413, "request_too_large", "", "Request exceeds the maximum allowed number of bytes."};
    case 429:
        return {429, "rate_limit_error", "",
                "This request would exceed the rate limit for your organization. Please try again later."};
    case 500: return {500, "api_error", "", "Internal server error"};
    case 529: return {529, "overloaded_error", "", "Overloaded"};
    default:
        return status < 500 ? Error{status, "invalid_request_error", "", "The mock rejected this request."}
                            : Error{status, "api_error", "", "The mock failed this request."};
    }
}

void MessagesResponder::writeError(std::string& out, const Context& context, const Error& error) {
    body_.assign(R"({"type":"error","error":{"type":")");
    body_ += error.type;
    body_ += R"(","message":")";
    appendJsonEscaped(body_, error.message);
    body_ += R"("}})";
    writeBodyResponse(out, context, error.status, kJson);
}

void MessagesResponder::writeMessage(std::string& out, const Context& context) {
    body_.clear();
    beginMessage(context, context.thinking);
    body_ += R"({"type":"text","text":")";
    appendMockWords(body_, context.chunks);
    body_ += R"("})";
    endMessage(context, "end_turn", context.chunks);
    writeBodyResponse(out, context, 200, kJson);
}

void MessagesResponder::writeToolUse(std::string& out, const Context& context, bool stream, std::string_view name,
                                     std::string_view arguments) {
    if (!stream) {
        body_.clear();
        beginMessage(context, context.thinking);
        body_ += R"({"type":"tool_use","id":"toolu_mock_1","name":")";
        appendJsonEscaped(body_, name);
        body_ += R"(","input":)";
        body_ += arguments;
        body_ += '}';
        endMessage(context, "tool_use", context.chunks);
        writeBodyResponse(out, context, 200, kJson);
        return;
    }
    const std::uint32_t index = writeStreamOpening(out, context);
    beginBlockStart(index, "tool_use");
    body_ += R"(,"id":"toolu_mock_1","name":")";
    appendJsonEscaped(body_, name);
    body_ += R"(","input":{})";
    endBlockStart(out, context, index);
    beginDelta(index, "input_json_delta");
    body_ += R"(,"partial_json":")";
    appendJsonEscaped(body_, arguments);
    body_ += '"';
    endDelta(out, context);
    writeBlockStop(out, context, index);
    writeStreamClosing(out, context, "tool_use");
}

void MessagesResponder::writeStreamStart(std::string& out, const Context& context) {
    const std::uint32_t index = writeStreamOpening(out, context);
    beginBlockStart(index, "text");
    body_ += R"(,"text":"")";
    endBlockStart(out, context, index);
}

void MessagesResponder::writeStreamText(std::string& out, const Context& context, std::uint32_t index) {
    beginDelta(context.thinking ? 1 : 0, "text_delta");
    body_ += R"(,"text":"mock)";
    appendNumber(body_, index);
    body_ += R"( ")";
    endDelta(out, context);
}

void MessagesResponder::writeStreamEnd(std::string& out, const Context& context) {
    writeBlockStop(out, context, context.thinking ? 1 : 0);
    writeStreamClosing(out, context, "end_turn");
}

void MessagesResponder::beginMessage(const Context& context, bool thinkingBlock) {
    body_ += R"({"id":"msg_mock_)";
    appendNumber(body_, lastMessageId.fetch_add(1, std::memory_order_relaxed) + 1);
    body_ += R"(","type":"message","role":"assistant","model":")";
    body_ += context.model;
    body_ += R"(","content":[)";
    if (thinkingBlock) {
        body_ += R"({"type":"thinking","thinking":")";
        body_ += kThought;
        body_ += R"(","signature":")";
        body_ += kThinkingSignature;
        body_ += R"("},)";
    }
}

void MessagesResponder::endMessage(const Context& context, std::string_view stopReason, std::uint32_t outputTokens) {
    body_ += R"(],"stop_reason":)";
    if (stopReason.empty()) {
        body_ += "null";
    } else {
        body_ += '"';
        body_ += stopReason;
        body_ += '"';
    }
    body_ += R"(,"stop_sequence":null,"usage":{"input_tokens":)";
    appendNumber(body_, context.promptTokens);
    body_ += R"(,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":)";
    appendNumber(body_, outputTokens);
    body_ += "}}";
}

std::uint32_t MessagesResponder::writeStreamOpening(std::string& out, const Context& context) {
    writeStreamHead(out, context, kEventStream);
    beginEvent("message_start");
    body_ += R"({"type":"message_start","message":)";
    beginMessage(context, false);
    endMessage(context, "", 1);
    body_ += '}';
    endEvent(out, context);
    if (!context.thinking) {
        return 0;
    }
    beginBlockStart(0, "thinking");
    body_ += R"(,"thinking":"","signature":"")";
    endBlockStart(out, context, 0);
    beginDelta(0, "thinking_delta");
    body_ += R"(,"thinking":")";
    body_ += kThought;
    body_ += '"';
    endDelta(out, context);
    beginDelta(0, "signature_delta");
    body_ += R"(,"signature":")";
    body_ += kThinkingSignature;
    body_ += '"';
    endDelta(out, context);
    writeBlockStop(out, context, 0);
    return 1;
}

void MessagesResponder::writeStreamClosing(std::string& out, const Context& context, std::string_view stopReason) {
    beginEvent("message_delta");
    body_ += R"({"type":"message_delta","delta":{"stop_reason":")";
    body_ += stopReason;
    body_ += R"(","stop_sequence":null},"usage":{"output_tokens":)";
    appendNumber(body_, context.chunks);
    body_ += "}}";
    endEvent(out, context);
    beginEvent("message_stop");
    body_ += R"({"type":"message_stop"})";
    endEvent(out, context);
    endStream(out, context);
}

void MessagesResponder::beginEvent(std::string_view name) {
    body_.assign("event: ");
    body_ += name;
    body_ += "\ndata: ";
}

void MessagesResponder::endEvent(std::string& out, const Context& context) {
    body_ += "\n\n";
    sendEvent(out, context);
}

void MessagesResponder::beginBlockEvent(std::string_view name, std::uint32_t index, std::string_view member,
                                        std::string_view type) {
    beginEvent(name);
    body_ += R"({"type":")";
    body_ += name;
    body_ += R"(","index":)";
    appendNumber(body_, index);
    body_ += R"(,")";
    body_ += member;
    body_ += R"(":{"type":")";
    body_ += type;
    body_ += '"';
}

void MessagesResponder::beginBlockStart(std::uint32_t index, std::string_view type) {
    beginBlockEvent("content_block_start", index, "content_block", type);
}

void MessagesResponder::endBlockStart(std::string& out, const Context& context, std::uint32_t index) {
    body_ += "}}";
    endEvent(out, context);
    if (index == 0) {
        beginEvent("ping");
        body_ += R"({"type": "ping"})";
        endEvent(out, context);
    }
}

void MessagesResponder::beginDelta(std::uint32_t index, std::string_view type) {
    beginBlockEvent("content_block_delta", index, "delta", type);
}

void MessagesResponder::endDelta(std::string& out, const Context& context) {
    body_ += "}}";
    endEvent(out, context);
}

void MessagesResponder::writeBlockStop(std::string& out, const Context& context, std::uint32_t index) {
    beginEvent("content_block_stop");
    body_ += R"({"type":"content_block_stop","index":)";
    appendNumber(body_, index);
    body_ += '}';
    endEvent(out, context);
}

}  // namespace sluice::mock
