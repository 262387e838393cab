// One loop's share of the server: its SO_REUSEPORT listening socket and the connections it accepted.
#pragma once

#include "net/EventLoop.h"
#include "net/HttpServer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace sluice::net {

class ServerConnection;

/** What every loop's acceptor of one server shares: limits, the application's hooks and the shared guards. */
struct ServerShared {
    ServerLimits limits;
    RequestHandler handler;
    HeadFilter headFilter;
    ClientConnectionCounts& clients;
    BodyBudget& bodies;
};

/**
 * Accepts connections on one listening socket for one loop and owns them
 * until they close. When the server stops it drains: it stops accepting,
 * lets responses in progress finish for a while, then closes the rest and
 * stops its loop.
 */
class ConnectionAcceptor : public IoHandler {
public:
    /** Opens a non-blocking SO_REUSEPORT listening socket on host:port; throws std::runtime_error on failure. */
    static int openListener(const std::string& host, uint16_t port);

    /** The local port a socket is bound to. */
    static uint16_t boundPort(int fd);

    /** Takes ownership of listenFd; connections on loop get the shared limits, hooks and guards. */
    ConnectionAcceptor(EventLoop& loop, int listenFd, ServerShared shared);
    ~ConnectionAcceptor() override;
    ConnectionAcceptor(const ConnectionAcceptor&) = delete;
    ConnectionAcceptor& operator=(const ConnectionAcceptor&) = delete;

    /** Starts accepting. Loop thread only. */
    void start();

    /** Stops accepting and stops the loop once every connection closed, or after drainMs at the latest. Loop thread only. */
    void beginDrain(int drainMs);

    /** Accepts every pending connection. */
    void onIo(uint32_t events) override;

    /** The loop the connections live on. */
    EventLoop& loop() noexcept { return loop_; }

    /** The limits the connections enforce. */
    const ServerLimits& limits() const noexcept { return shared_.limits; }

    /** The application's handler. */
    const RequestHandler& handler() const noexcept { return shared_.handler; }

    /** The application's head filter (may be empty). */
    const HeadFilter& headFilter() const noexcept { return shared_.headFilter; }

    /** The server-wide budget of body bytes being received. */
    BodyBudget& bodies() noexcept { return shared_.bodies; }

    /** True once the server is stopping: connections then close after their response. */
    bool draining() const noexcept { return draining_; }

    /** Called by a connection that has just closed: forgets it. */
    void connectionClosed(ServerConnection& connection);

private:
    void acceptPending();
    void refuse(int fd);
    void pauseAccepting();
    void closeListener();
    void closeAllConnections();
    std::vector<std::shared_ptr<ServerConnection>> openConnections() const;

    EventLoop& loop_;
    int listenFd_;
    bool listening_ = false;
    ServerShared shared_;
    std::unordered_map<ServerConnection*, std::shared_ptr<ServerConnection>> connections_;
    bool draining_ = false;
    EventLoop::TimerId drainTimer_ = 0;
    EventLoop::TimerId resumeTimer_ = 0;
};

}  // namespace sluice::net
