#pragma once

#include "Workload.h"

#include <cstdint>
#include <vector>

namespace sluice::probe {

/**
 * openloop mode: a fixed schedule of R requests per second, spread evenly over
 * the run's connections (connection i sends at i/R, i/R + N/R, i/R + 2N/R, ...).
 * A request due while its connection is still busy waits for it, and latency
 * always runs from the scheduled time, so a slow server's queueing is counted
 * rather than hidden (no coordinated omission). The backlog is implied by the
 * schedule, never stored.
 */
class OpenLoopWorkload final : public Workload {
public:
    /** `rate` is the whole run's requests per second, over all threads. */
    OpenLoopWorkload(EventLoop& loop, const ClientConnection::Target& target, Share share, std::int64_t warmupEndNs,
                     double rate);

    /** Schedules every connection's first request. */
    void start(std::int64_t nowNs) override;
    /** A connection's next request (or its retry after a failure) is due. */
    void onTimer(std::uint32_t connection, std::int64_t nowNs) override;
    /** Records the response and sends the next request if it is due already, else schedules it. */
    void onResponseComplete(ClientConnection& connection, std::int64_t nowNs) override;
    /** Records the failure; the next request goes out when due, but not before a retry pause. */
    void onRequestFailed(ClientConnection& connection, RequestFailure failure, std::int64_t nowNs) override;

private:
    /** When the connection's next request is scheduled. */
    std::int64_t nextDueNs(std::uint32_t index) const;
    void sendWhenDue(std::uint32_t index, std::int64_t nowNs);

    double nanosecondsPerRequest_;
    std::int64_t originNs_ = 0;
    /** Requests each connection has sent so far, which fixes its place in the schedule. */
    std::vector<std::uint64_t> requestsSent_;
};

}  // namespace sluice::probe
