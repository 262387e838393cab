// The one-shot timers of one event loop, ordered by deadline then by creation.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <unordered_map>
#include <utility>

namespace sluice::net {

/** Pending one-shot timers: add, cancel, and run the ones that are due. Not thread-safe (loop thread only). */
class TimerQueue {
public:
    using Clock = std::chrono::steady_clock;
    using Task = std::function<void()>;
    using TimerId = uint64_t;

    /** Schedules task at `when`; ids start at 1 and only grow, so 0 can mean "no timer". */
    TimerId add(Clock::time_point when, Task task);

    /** Forgets a pending timer; unknown or already-fired ids are ignored. */
    void cancel(TimerId id);

    /** Milliseconds until the earliest timer is due (rounded up, 0 when overdue), or -1 when none is pending. */
    int millisecondsUntilNext(Clock::time_point now) const;

    /** Runs, in deadline order, the timers due at `now` that existed when the call began. */
    void runExpired(Clock::time_point now);

    /** Number of pending timers. */
    size_t size() const noexcept { return byDeadline_.size(); }

private:
    using Key = std::pair<Clock::time_point, TimerId>;

    std::map<Key, Task> byDeadline_;
    std::unordered_map<TimerId, Clock::time_point> deadlineById_;
    TimerId nextId_ = 1;
};

}  // namespace sluice::net
