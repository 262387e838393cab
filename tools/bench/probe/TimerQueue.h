#pragma once

#include <cstdint>
#include <vector>

namespace sluice::probe {

/**
 * One event loop's pending wake-ups for its connections, in a min-heap whose
 * earliest deadline bounds epoll's timeout. A workload keeps at most one timer
 * per idle connection (the next scheduled send, a retry, a delayed open), so
 * the heap never outgrows the connection count and needs no cancellation.
 */
class TimerQueue {
public:
    /** A wake-up for the connection with index `connection` in its workload. */
    struct Timer {
        std::int64_t deadlineNs;
        std::uint32_t connection;
    };

    /** Schedules a wake-up for `connection` at `deadlineNs` (steady clock). */
    void schedule(std::int64_t deadlineNs, std::uint32_t connection);
    /** The earliest deadline, or INT64_MAX when nothing is pending. */
    std::int64_t nextDeadline() const;
    /** Removes the earliest timer into `timer` if it is due at `nowNs`. */
    bool popDue(std::int64_t nowNs, Timer& timer);

private:
    std::vector<Timer> heap_;
};

}  // namespace sluice::probe
