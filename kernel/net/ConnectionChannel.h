// The ResponseChannel the server hands to the application for one request on one connection.
#pragma once

#include "net/ResponseChannel.h"

#include <functional>
#include <memory>

namespace sluice::net {

class ServerConnection;

/**
 * Forwards the application's answer to the connection while the request is
 * in progress. Once the response is complete or the client is gone the
 * channel is detached, and every later call is a harmless no-op, so an
 * application may keep it (or lose track of it) without touching a closed
 * or reused connection.
 */
class ConnectionChannel final : public ResponseChannel {
public:
    /** The channel of the request now in progress on connection, which lives on loop. */
    ConnectionChannel(EventLoop& loop, std::weak_ptr<ServerConnection> connection) noexcept
        : loop_(loop), connection_(std::move(connection)) {}

    // The ResponseChannel contract; each call is a no-op once the channel is detached.
    void respond(int status, const Headers& headers, std::string_view body) override;
    void startStream(int status, const Headers& headers) override;
    bool sendChunk(std::string_view data) override;
    void endStream() override;
    bool started() const override { return started_; }
    bool clientGone() const override { return gone_; }
    void onClientGone(std::function<void()> callback) override;
    EventLoop& loop() override { return loop_; }

    /** The response is complete: later calls do nothing. */
    void detach() noexcept { connection_.reset(); }

    /** The client went away mid-request: detaches and runs the callback now, or posted to the loop when `later`. */
    void markGone(bool later);

private:
    EventLoop& loop_;
    std::weak_ptr<ServerConnection> connection_;
    std::function<void()> goneCallback_;
    bool started_ = false;
    bool gone_ = false;
};

}  // namespace sluice::net
