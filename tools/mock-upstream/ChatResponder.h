#pragma once

#include "ResponseWriter.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::mock {

/**
 * Writes complete HTTP responses in OpenAI's wire format (JSON bodies,
 * server-sent event chunks). One instance per event loop, so its scratch
 * buffer's capacity is reused across requests.
 */
class ChatResponder : public ResponseWriter {
public:
    /** The error OpenAI itself sends for `status`, used for x-mock-status. */
    static Error errorForStatus(int status);

    /** GET /healthz: 200 "ok". */
    void writeHealth(std::string& out, const Context& context);
    /** GET /v1/models: a list with gpt-4o-mini and gpt-4o. */
    void writeModels(std::string& out, const Context& context);
    /** Any error, as {"error":{"message":..,"type":..,"param":null,"code":..}}; 429 also carries retry-after: 1. */
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
    /** A reply calling one tool with `arguments` (JSON text), as a chat.completion or its stream. */
    void writeToolCall(std::string& out, const Context& context, bool stream, std::string_view name,
                       std::string_view arguments);

    /** A reply whose usage nests a million objects deep: a whole body, or one stream event then [DONE]. */
    void writeDeepUsage(std::string& out, const Context& context, bool stream);

    /** The finish_reason "stop" chunk, the usage chunk if asked for, [DONE] and the end of the body. */
    void writeStreamEnd(std::string& out, const Context& context, std::string_view chunkPrefix);

private:
    /** The usage chunk if asked for, [DONE] and the end of the body. */
    void writeStreamTail(std::string& out, const Context& context, std::string_view chunkPrefix);
    /** Starts building one event in body_: "data: " plus the stream's chunk prefix. */
    void beginEvent(std::string_view chunkPrefix);
    /** Closes the choices array and the event in body_, then sends it. */
    void endChoiceEvent(std::string& out, const Context& context);
};

}  // namespace sluice::mock
