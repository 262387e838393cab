// Serialising the server's response heads and its own JSON error bodies.
#pragma once

#include "net/HttpMessage.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace sluice::net {

/** How the end of a response body is signalled. */
enum class BodyFraming {
    ContentLength,  // Content-Length: N
    Chunked,        // Transfer-Encoding: chunked
    UntilClose      // no framing header; the body ends when the connection closes (HTTP/1.0 streams)
};

/** The standard reason phrase for status ("Unknown" when it has none). */
std::string_view reasonPhrase(int status) noexcept;

/** True for statuses whose responses never have a body or body framing (1xx, 204, 304). */
bool statusForbidsBody(int status) noexcept;

/**
 * Appends an HTTP/1.1 response head to out: status line, the application's
 * headers (minus Content-Length, Transfer-Encoding and Connection, which the
 * server owns, and minus any header that would break the framing), the
 * framing header, Connection: keep-alive or close, and the blank line.
 */
void appendResponseHead(std::string& out, int status, const Headers& headers, BodyFraming framing,
                        size_t contentLength, bool keepAlive);

/** An OpenAI-shaped error body: {"error":{"message":...,"type":...,"param":null,"code":...}}. */
std::string errorBody(std::string_view message, std::string_view type, std::string_view code);

}  // namespace sluice::net
