// The API listener: a Poco HTTPServer with its own sized thread pool.
#pragma once

#include "http/Router.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/ThreadPool.h>

#include <memory>

namespace sluice::http {

/** Listening socket, worker pool and server, started and stopped together. */
class HttpServer {
public:
    /** Binds host:port (port 0 picks a free one); the router is shared with the server. */
    HttpServer(const std::string& host, uint16_t port, int maxThreads, int maxQueued, Poco::SharedPtr<Router> router);
    ~HttpServer();

    /** Starts accepting connections. */
    void start();

    /** Stops accepting and waits for in-flight requests up to the Poco default. */
    void stop();

    /** The bound port (useful when 0 was asked for). */
    uint16_t port() const;

private:
    Poco::ThreadPool pool_;
    std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace sluice::http
