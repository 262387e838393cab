// One thread's epoll loop: file-descriptor readiness, timers and tasks posted from other threads.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace sluice::net {

/** Receives readiness events for one watched descriptor. */
class IoHandler {
public:
    virtual ~IoHandler() = default;

    /** Called on the loop thread with the epoll event bits (EPOLLIN, EPOLLOUT, EPOLLHUP, EPOLLERR...). */
    virtual void onIo(uint32_t events) = 0;
};

/**
 * An epoll loop owned by one thread. Everything but post() and stop() must be
 * called on that thread. Timers are one-shot and cancellable; tasks posted
 * from other threads run in posting order on the next iteration.
 */
class EventLoop {
public:
    using Task = std::function<void()>;
    using TimerId = uint64_t;

    EventLoop();
    ~EventLoop();
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    /** Runs until stop(); records the calling thread as the loop thread. */
    void run();

    /** Makes run() return after the current iteration; safe from any thread. */
    void stop();

    /** Runs task on the loop thread soon; safe from any thread. */
    void post(Task task);

    /** Runs task once after delay; returns an id for cancel(). Loop thread only. */
    TimerId runAfter(std::chrono::milliseconds delay, Task task);

    /** Cancels a timer that has not fired yet (a no-op otherwise). Loop thread only. */
    void cancel(TimerId id);

    /** Starts delivering events for fd to handler (which must outlive the watch). Loop thread only. */
    void watch(int fd, uint32_t events, IoHandler* handler);

    /** Changes the events watched for fd. Loop thread only. */
    void modify(int fd, uint32_t events, IoHandler* handler);

    /** Stops watching fd (call before closing it). Loop thread only. */
    void unwatch(int fd);

    /**
     * The time the loop last woke up, read once per iteration (as nginx does)
     * so the many deadlines set while handling one wake-up cost no clock call
     * each; never more than one iteration stale. Loop thread only.
     */
    std::chrono::steady_clock::time_point now() const noexcept;

    /** True on the thread running this loop. */
    bool inLoopThread() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sluice::net
