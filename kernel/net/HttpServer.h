// The API listener: N event loops, each with its own SO_REUSEPORT socket and connections.
#pragma once

#include "net/BodyBudget.h"
#include "net/BusyLoopPinning.h"
#include "net/ClientConnectionCounts.h"
#include "net/EventLoop.h"
#include "net/HttpMessage.h"
#include "net/LoopPlacement.h"
#include "net/ResponseChannel.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace sluice::net {

/** Limits the server enforces on its own, answering with OpenAI-shaped JSON errors. */
struct ServerLimits {
    size_t maxBodyBytes = 8 * 1024 * 1024;    // larger bodies: 413
    size_t maxHeaderBytes = 64 * 1024;        // larger request heads: 431
    int idleKeepAliveMs = 30000;              // an idle keep-alive connection is closed after this
    int clientSendTimeoutMs = 120000;         // a client that reads nothing for this long is cut off
    size_t maxBufferedOutputBytes = 8 << 20;  // a client this far behind is cut off
    int headTimeoutMs = 10000;                // a request head must arrive whole within this: 408
    int bodyTimeoutMs = 60000;                // a request body must arrive whole within this: 408
    size_t maxConnectionsPerClient = 512;     // more from one address are refused with 503; 0 = no cap
    size_t maxReceivingBodyBytes = 256 << 20;  // all bodies being received together; past it: 503; 0 = no bound
};

/** Called on a loop thread for each complete request. */
using RequestHandler = std::function<void(HttpRequest&&, std::shared_ptr<ResponseChannel>)>;

/**
 * Called on a loop thread with each request's head, before its body is read:
 * a response refuses the request (sent, then the connection closes without
 * reading the body); nullopt lets it go on. It may set head.principal.
 */
using HeadFilter = std::function<std::optional<HttpResponse>(HttpRequest& head, EventLoop& loop)>;

/**
 * An HTTP/1.1 server over epoll: keep-alive, pipelining-safe (one request at
 * a time per connection), Content-Length and chunked request bodies, TCP_NODELAY.
 */
class HttpServer {
public:
    /** Binds host:port (port 0 picks one) with the placement's loops; throws std::runtime_error when it cannot. */
    HttpServer(const std::string& host, uint16_t port, LoopPlacement placement, ServerLimits limits,
               RequestHandler handler, HeadFilter headFilter = {});
    ~HttpServer();

    /** Starts the loop threads; a loop the placement gives a CPU is kept there while busy. */
    void start();

    /** Stops accepting, lets in-flight responses finish for up to drainMs, then closes everything. */
    void stop(int drainMs = 5000);

    /** The bound port. */
    uint16_t port() const noexcept { return port_; }

    /** The loops, e.g. to give each its own upstream client. */
    const std::vector<std::unique_ptr<EventLoop>>& loops() const noexcept { return loops_; }

private:
    struct Acceptor;

    uint16_t port_ = 0;
    LoopPlacement placement_;
    /** Shared by every loop's connections; declared before the acceptors that point at them. */
    ClientConnectionCounts clients_;
    BodyBudget bodies_;
    /** Declared before loops_, so they go after the loops whose timers point at them. */
    std::vector<std::unique_ptr<BusyLoopPinning>> pinnings_;
    std::vector<std::unique_ptr<EventLoop>> loops_;
    std::vector<std::unique_ptr<Acceptor>> acceptors_;
    std::vector<std::thread> threads_;
};

}  // namespace sluice::net
