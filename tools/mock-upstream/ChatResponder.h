#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::mock {

/**
 * Writes complete HTTP responses in OpenAI's wire format (status line,
 * headers, JSON bodies, server-sent event chunks) by appending to a
 * connection's output buffer. One instance per event loop: it keeps a scratch
 * buffer whose capacity is reused, so answering a request allocates nothing
 * once buffers have grown.
 */
class ChatResponder {
public:
    /** What a response needs to know about the request it answers; the views must outlive each call. */
    struct Context {
        /** Model as it arrived, still JSON-escaped; echoed in x-mock-request-model. Empty when none. */
        std::string_view model;
        /** Last characters of the bearer key, echoed in x-mock-key-suffix. Empty when none. */
        std::string_view keySuffix;
        /** False adds "connection: close". */
        bool keepAlive = true;
        /** HTTP/1.0 client: keep-alive must be announced, streams end by closing instead of chunking. */
        bool http10 = false;
        /** Stream chunks carry "usage":null and a final usage chunk follows. */
        bool includeUsage = false;
        /** prompt_tokens reported in usage. */
        std::uint32_t promptTokens = 1;
        /** Content pieces in the reply; also completion_tokens. */
        std::uint32_t chunks = 0;
        /** Choice events carry the steady-clock time they were written (Scenario::stampEvents). */
        bool stampEvents = false;
    };

    /** An OpenAI error: {"error":{"message":..,"type":..,"param":null,"code":..}}. */
    struct Error {
        int status = 500;
        std::string_view type;
        /** Empty means JSON null. */
        std::string_view code;
        std::string_view message;
    };

    /** The error OpenAI itself sends for `status`, used for x-mock-status. */
    static Error errorForStatus(int status);

    /** GET /healthz: 200 "ok". */
    void writeHealth(std::string& out, const Context& context);
    /** GET /v1/models: a list with gpt-4o-mini and gpt-4o. */
    void writeModels(std::string& out, const Context& context);
    /** Any error response; 429 also carries retry-after: 1. */
    void writeError(std::string& out, const Context& context, const Error& error);
    /** A non-stream chat.completion whose content is "mock0 mock1 ...". */
    void writeCompletion(std::string& out, const Context& context);

    /**
     * Starts a stream: response headers plus the first chunk (assistant role).
     * Fills `chunkPrefix` with the JSON every later chunk of this stream
     * starts with, so each chunk after that costs a couple of appends.
     */
    void writeStreamStart(std::string& out, const Context& context, std::string& chunkPrefix);
    /** One content chunk: delta {"content":"mock<index> "}. */
    void writeStreamContent(std::string& out, const Context& context, std::string_view chunkPrefix,
                            std::uint32_t index);
    /** A reply calling one tool (toolCall: "NAME ARGUMENTS-JSON"), as a chat.completion or its stream. */
    void writeToolCall(std::string& out, const Context& context, bool stream, std::string_view toolCall);

    /** A reply whose usage nests a million objects deep: a whole body, or one stream event then [DONE]. */
    void writeDeepUsage(std::string& out, const Context& context, bool stream);

    /** The finish_reason "stop" chunk, the usage chunk if asked for, [DONE] and the end of the body. */
    void writeStreamEnd(std::string& out, const Context& context, std::string_view chunkPrefix);

private:
    enum class Framing { ContentLength, Chunked, UntilClose };

    /** Status line and headers; `contentLength` only counts with Framing::ContentLength. */
    void writeHead(std::string& out, const Context& context, int status, std::string_view contentType,
                   Framing framing, std::size_t contentLength);
    /** Sends body_ as a whole response body with a content-length. */
    void writeBodyResponse(std::string& out, const Context& context, int status, std::string_view contentType);
    /** The usage chunk if asked for, [DONE] and the end of the body. */
    void writeStreamTail(std::string& out, const Context& context, std::string_view chunkPrefix);
    /** Starts building one event in body_: "data: " plus the stream's chunk prefix. */
    void beginEvent(std::string_view chunkPrefix);
    /** Closes the choices array and the event in body_, then sends it. */
    void endChoiceEvent(std::string& out, const Context& context);
    /** Sends body_ as one event, chunk-framed unless the client speaks HTTP/1.0. */
    void sendEvent(std::string& out, const Context& context);

    std::string body_;
};

}  // namespace sluice::mock
