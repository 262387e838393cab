#pragma once

#include "EventLoop.h"
#include "Scenario.h"

#include <netinet/in.h>

#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

namespace sluice::mock {

/**
 * The whole mock: one EventLoop per thread, each with its own SO_REUSEPORT
 * listener on the same port, so the kernel balances connections and the
 * loops never contend with each other.
 */
class MockServer {
public:
    /** Settings from the command line. */
    struct Options {
        /** IPv4 address to listen on. */
        in_addr address{htonl(INADDR_LOOPBACK)};
        /** 0 lets the kernel pick a free port; port() tells which. */
        std::uint16_t port = 0;
        /** Event-loop threads, each with its own listener. */
        unsigned threads = 1;
        /** Behaviour when a request has no x-mock-* overrides. */
        Scenario defaults;
    };

    /** Binds and listens on every loop's socket; throws std::system_error when that fails. */
    explicit MockServer(const Options& options);
    /** Stops the loops if they still run. */
    ~MockServer();
    MockServer(const MockServer&) = delete;
    MockServer& operator=(const MockServer&) = delete;

    /** The bound port, known as soon as the constructor returns. */
    std::uint16_t port() const { return port_; }
    /** Starts one thread per loop. */
    void start();
    /** Wakes every loop and waits for its thread to end. */
    void stop();

private:
    std::uint16_t port_ = 0;
    std::vector<std::unique_ptr<EventLoop>> loops_;
    std::vector<std::thread> threads_;
};

}  // namespace sluice::mock
