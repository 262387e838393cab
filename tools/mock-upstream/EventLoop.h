#pragma once

#include "ChatResponder.h"
#include "HttpConnection.h"
#include "MessagesResponder.h"
#include "Scenario.h"
#include "TimerQueue.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace sluice::mock {

/**
 * One thread's epoll loop: accepts from its own listening socket (the kernel
 * spreads connections over the loops' SO_REUSEPORT sockets, so loops share
 * nothing), drives its connections, and fires their timers. run() and
 * everything it calls stay on one thread; only requestStop() may be called
 * from another.
 */
class EventLoop {
public:
    /** Takes ownership of the non-blocking, listening socket `listenFd`. */
    EventLoop(int listenFd, const Scenario& defaults);
    /** Closes every connection and the loop's own descriptors. */
    ~EventLoop();
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    /** Serves until requestStop() is called. */
    void run();
    /** Makes run() return soon; safe from any thread. */
    void requestStop();

private:
    void acceptConnections();
    void handleConnection(int fd, std::uint32_t events, std::int64_t nowNs);
    void runDueTimers(std::int64_t nowNs);
    void watch(int fd, std::uint32_t events);

    int listenFd_;
    int epollFd_ = -1;
    /** eventfd written by requestStop() to wake epoll_wait. */
    int wakeFd_ = -1;
    bool running_ = true;
    Scenario defaults_;
    TimerQueue timers_;
    ChatResponder responder_;
    MessagesResponder messagesResponder_;
    /** Connections indexed by socket descriptor; empty slots are closed descriptors. */
    std::vector<std::unique_ptr<HttpConnection>> connections_;
};

}  // namespace sluice::mock
