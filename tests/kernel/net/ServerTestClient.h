// A blocking loopback HTTP/1.1 client for the server tests: raw bytes out, parsed responses in.
#pragma once

#include "net/HttpMessage.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

/** One response as the test client read it. */
struct TestResponse {
    int status = 0;
    sluice::net::Headers headers;  // lower-case names
    std::string body;              // de-chunked
};

/**
 * A TCP connection to 127.0.0.1:port with a receive timeout, so a test that
 * waits for bytes the server never sends fails instead of hanging. Reads
 * throw std::runtime_error on timeout or on an unexpected end of stream.
 */
class ServerTestClient {
public:
    /** Connects; receiveBufferBytes > 0 shrinks the socket's receive buffer first. */
    explicit ServerTestClient(uint16_t port, int receiveBufferBytes = 0);
    ~ServerTestClient();
    ServerTestClient(const ServerTestClient&) = delete;
    ServerTestClient& operator=(const ServerTestClient&) = delete;

    /** Writes all of bytes. */
    void send(std::string_view bytes);

    /** Reads one complete response (Content-Length, chunked, or until close). */
    TestResponse readResponse();

    /** Reads a status line and headers only. */
    TestResponse readHead();

    /** Reads the next chunk of a chunked body; "" for the last one (its trailers consumed too). */
    std::string readChunk();

    /** Every byte not read yet, up to the server closing the connection (throws on timeout). */
    std::string readUntilClose();

    /** True when the server closes (or resets) the connection within timeout; unread bytes are discarded. */
    bool waitForClose(std::chrono::milliseconds timeout);

    /** Half-closes: the server sees the end of the request stream, the client can still read. */
    void shutdownWrite();

    /** Closes the socket now (with a reset when `reset`). */
    void close(bool reset = false);

private:
    void fill();
    std::string takeLine();
    std::string take(size_t bytes);

    int fd_ = -1;
    std::string buffer_;
};
