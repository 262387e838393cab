#include "ChatResponder.h"

#include <atomic>
#include <chrono>
#include <ctime>

namespace sluice::mock {
namespace {

/** Numbers completion ids chatcmpl-mock-1, -2, ... across all loops. */
std::atomic<std::uint64_t> lastCompletionId{0};

constexpr std::string_view kModelsBody =
    R"({"object":"list","data":[)"
    R"({"id":"gpt-4o-mini","object":"model","created":1721172741,"owned_by":"system"},)"
    R"({"id":"gpt-4o","object":"model","created":1715367049,"owned_by":"system"}]})";

void appendUsage(std::string& out, const ChatResponder::Context& context) {
    out += R"("usage":{"prompt_tokens":)";
    appendNumber(out, context.promptTokens);
    out += R"(,"completion_tokens":)";
    appendNumber(out, context.chunks);
    out += R"(,"total_tokens":)";
    appendNumber(out, std::uint64_t{context.promptTokens} + context.chunks);
    out += '}';
}

}  // namespace

ChatResponder::Error ChatResponder::errorForStatus(int status) {
    switch (status) {
    case 400: return {400, "invalid_request_error", "", "Invalid request."};
    case 401: return {401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided."};
    case 429: return {429, "requests", "rate_limit_exceeded", "Rate limit reached for requests."};
    case 500:
        return {500, "server_error", "", "The server had an error while processing your request. Sorry about that!"};
    case 503: return {503, "server_error", "", "The engine is currently overloaded, please try again later."};
    default:
        return status < 500 ? Error{status, "invalid_request_error", "", "The mock rejected this request."}
                            : Error{status, "server_error", "", "The mock failed this request."};
    }
}

void ChatResponder::writeHealth(std::string& out, const Context& context) {
    body_.assign("ok");
    writeBodyResponse(out, context, 200, "text/plain");
}

void ChatResponder::writeModels(std::string& out, const Context& context) {
    body_.assign(kModelsBody);
    writeBodyResponse(out, context, 200, "application/json");
}

void ChatResponder::writeError(std::string& out, const Context& context, const Error& error) {
    body_.assign(R"({"error":{"message":")");
    appendJsonEscaped(body_, error.message);
    body_ += R"(","type":")";
    body_ += error.type;
    body_ += R"(","param":null,"code":)";
    if (error.code.empty()) {
        body_ += "null";
    } else {
        body_ += '"';
        body_ += error.code;
        body_ += '"';
    }
    body_ += "}}";
    writeBodyResponse(out, context, error.status, "application/json");
}

void ChatResponder::writeCompletion(std::string& out, const Context& context) {
    body_.assign(R"({"id":"chatcmpl-mock-)");
    appendNumber(body_, lastCompletionId.fetch_add(1, std::memory_order_relaxed) + 1);
    body_ += R"(","object":"chat.completion","created":)";
    appendNumber(body_, static_cast<std::uint64_t>(std::time(nullptr)));
    body_ += R"(,"model":")";
    body_ += context.model;
    body_ += R"(","choices":[{"index":0,"message":{"role":"assistant","content":")";
    appendMockWords(body_, context.chunks);
    body_ += R"("},"finish_reason":"stop"}],)";
    appendUsage(body_, context);
    body_ += '}';
    writeBodyResponse(out, context, 200, "application/json");
}

void ChatResponder::writeToolCall(std::string& out, const Context& context, bool stream, std::string_view name,
                                  std::string_view arguments) {
    std::string call = R"({"index":0,"id":"call_mock_1","type":"function","function":{"name":")";
    appendJsonEscaped(call, name);
    call += R"(","arguments":")";
    appendJsonEscaped(call, arguments);
    call += R"("}})";
    if (!stream) {
        body_.assign(R"({"id":"chatcmpl-mock-tool","object":"chat.completion","created":)");
        appendNumber(body_, static_cast<std::uint64_t>(std::time(nullptr)));
        body_ += R"(,"model":")";
        body_ += context.model;
        body_ += R"(","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[)";
        body_ += call;
        body_ += R"(]},"finish_reason":"tool_calls"}],)";
        appendUsage(body_, context);
        body_ += '}';
        writeBodyResponse(out, context, 200, "application/json");
        return;
    }
    std::string chunkPrefix;
    writeStreamStart(out, context, chunkPrefix);
    beginEvent(chunkPrefix);
    body_ += R"({"index":0,"delta":{"tool_calls":[)";
    body_ += call;
    body_ += R"(]},"finish_reason":null})";
    endChoiceEvent(out, context);
    beginEvent(chunkPrefix);
    body_ += R"({"index":0,"delta":{},"finish_reason":"tool_calls"})";
    endChoiceEvent(out, context);
    writeStreamTail(out, context, chunkPrefix);
}

void ChatResponder::writeDeepUsage(std::string& out, const Context& context, bool stream) {
    constexpr int kDepth = 1000000;
    body_.assign(stream ? "data: " : "");
    body_ += R"({"id":"chatcmpl-hostile","object":"chat.completion","choices":[],"usage":)";
    for (int level = 0; level < kDepth; ++level) body_ += R"({"a":)";
    if (!stream) {
        writeBodyResponse(out, context, 200, "application/json");
        return;
    }
    body_ += "\n\ndata: [DONE]\n\n";
    writeBodyResponse(out, context, 200, "text/event-stream");
}

void ChatResponder::writeStreamStart(std::string& out, const Context& context, std::string& chunkPrefix) {
    chunkPrefix.assign(R"({"id":"chatcmpl-mock-)");
    appendNumber(chunkPrefix, lastCompletionId.fetch_add(1, std::memory_order_relaxed) + 1);
    chunkPrefix += R"(","object":"chat.completion.chunk","created":)";
    appendNumber(chunkPrefix, static_cast<std::uint64_t>(std::time(nullptr)));
    chunkPrefix += R"(,"model":")";
    chunkPrefix += context.model;
    chunkPrefix += R"(","choices":[)";

    writeStreamHead(out, context, "text/event-stream");
    beginEvent(chunkPrefix);
    body_ += R"({"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null})";
    endChoiceEvent(out, context);
}

void ChatResponder::writeStreamContent(std::string& out, const Context& context, std::string_view chunkPrefix,
                                       std::uint32_t index) {
    beginEvent(chunkPrefix);
    body_ += R"({"index":0,"delta":{"content":"mock)";
    appendNumber(body_, index);
    body_ += R"( "},"finish_reason":null})";
    endChoiceEvent(out, context);
}

void ChatResponder::writeStreamEnd(std::string& out, const Context& context, std::string_view chunkPrefix) {
    beginEvent(chunkPrefix);
    body_ += R"({"index":0,"delta":{},"finish_reason":"stop"})";
    endChoiceEvent(out, context);
    writeStreamTail(out, context, chunkPrefix);
}

void ChatResponder::writeStreamTail(std::string& out, const Context& context, std::string_view chunkPrefix) {
    if (context.includeUsage) {
        beginEvent(chunkPrefix);
        body_ += "],";
        appendUsage(body_, context);
        body_ += "}\n\n";
        sendEvent(out, context);
    }
    body_.assign("data: [DONE]\n\n");
    sendEvent(out, context);
    endStream(out, context);
}

void ChatResponder::beginEvent(std::string_view chunkPrefix) {
    body_.assign("data: ");
    body_ += chunkPrefix;
}

void ChatResponder::endChoiceEvent(std::string& out, const Context& context) {
    body_ += context.includeUsage ? R"(],"usage":null)" : "]";
    if (context.stampEvents) {
        body_ += R"(,"system_fingerprint":"fp_)";
        appendNumber(body_, static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                                           std::chrono::steady_clock::now().time_since_epoch())
                                                           .count()));
        body_ += '"';
    }
    body_ += "}\n\n";
    sendEvent(out, context);
}

}  // namespace sluice::mock
