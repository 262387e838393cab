// How the application answers one request: a whole response, or a stream of chunks.
#pragma once

#include "net/EventLoop.h"
#include "net/HttpMessage.h"

#include <functional>
#include <string>
#include <string_view>

namespace sluice::net {

/**
 * The answer side of one request, owned jointly by the connection and the
 * application (shared_ptr). All calls on the connection's loop thread
 * (loop().post() from elsewhere). Exactly one of respond() or
 * startStream()..endStream() per request. Calls after the client went away
 * are harmless no-ops.
 */
class ResponseChannel {
public:
    virtual ~ResponseChannel() = default;

    /** Sends a whole response with Content-Length. */
    virtual void respond(int status, const Headers& headers, std::string_view body) = 0;

    /** Sends the status and headers of a chunked response (Transfer-Encoding: chunked). */
    virtual void startStream(int status, const Headers& headers) = 0;

    /** Sends one chunk now (no coalescing delay); false when the client is gone. */
    virtual bool sendChunk(std::string_view data) = 0;

    /** Ends the chunked response; the connection then serves its next request. */
    virtual void endStream() = 0;

    /** True once status and headers went out. */
    virtual bool started() const = 0;

    /** True when the client closed, reset, or was cut off for not reading. */
    virtual bool clientGone() const = 0;

    /** Registers a callback run once, on the loop thread, when the client goes away mid-request. */
    virtual void onClientGone(std::function<void()> callback) = 0;

    /** The loop this request lives on (for timers, upstream calls and posts). */
    virtual EventLoop& loop() = 0;
};

}  // namespace sluice::net
