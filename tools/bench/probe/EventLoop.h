#pragma once

#include "TimerQueue.h"

#include <cstdint>

namespace sluice::probe {

class Workload;

/**
 * One thread's epoll loop on the client side: waits for socket readiness and
 * for the earliest of its timers, with nanosecond timeouts (epoll_pwait2) so
 * an open-loop send is never late by a rounded-up millisecond, and hands
 * everything to the workload that owns the connections.
 */
class EventLoop {
public:
    /** Creates the epoll instance; throws std::system_error when it cannot. */
    EventLoop();
    /** Closes the epoll instance (the workload closes its own sockets). */
    ~EventLoop();
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    /** Registers `fd` edge-triggered for reading, writing and peer close; `key` comes back with its events. */
    [[nodiscard]] bool watch(int fd, std::uint64_t key);
    /** The loop's timers, for the workload to schedule on. */
    TimerQueue& timers() { return timers_; }
    /** Starts `workload` and drives its sockets and timers until the steady clock reaches `endNs`, then finishes it. */
    void run(Workload& workload, std::int64_t endNs);

private:
    int epollFd_ = -1;
    TimerQueue timers_;
};

}  // namespace sluice::probe
