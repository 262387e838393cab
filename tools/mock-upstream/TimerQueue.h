#pragma once

#include <cstdint>
#include <vector>

namespace sluice::mock {

/**
 * One event loop's pending delays, kept in a min-heap whose earliest deadline
 * becomes epoll_wait's timeout. Timers are never removed early: each carries
 * a token, and a connection ignores any timer whose token is no longer its
 * current one (it was closed, or its delay was superseded). That keeps
 * scheduling O(log n) with no bookkeeping when thousands of streams drop.
 */
class TimerQueue {
public:
    /** A due or pending wake-up for the connection on socket `fd`. */
    struct Timer {
        std::int64_t deadlineNs;
        int fd;
        std::uint64_t token;
    };

    /** Schedules a wake-up for `fd` at `deadlineNs` (steady clock) and returns its unique token. */
    std::uint64_t schedule(std::int64_t deadlineNs, int fd);

    /** How long epoll_wait may sleep before the earliest timer is due, rounded up; -1 when none is pending. */
    int millisecondsUntilNext(std::int64_t nowNs) const;

    /** Removes the earliest timer into `timer` if it is due at `nowNs`. */
    bool popDue(std::int64_t nowNs, Timer& timer);

private:
    std::vector<Timer> heap_;
    std::uint64_t lastToken_ = 0;
};

}  // namespace sluice::mock
