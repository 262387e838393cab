#pragma once

#include "ClientConnection.h"
#include "ConnectionListener.h"
#include "Measurements.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace sluice::probe {

class EventLoop;

/**
 * Base of the four load modes. A workload owns one thread's connections,
 * decides when each sends, and turns what they report into Measurements.
 * Its EventLoop calls start() once, then onSocketEvent(), onTimer() and
 * checkTimeouts() as things happen, and finish() when the run's time is up.
 */
class Workload : public ConnectionListener {
public:
    /** Which of the run's connections one workload drives: [first, first + count) of total. */
    struct Share {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
        std::uint32_t total = 0;
    };

    /** How long a connection whose request failed waits before trying again. */
    static constexpr std::int64_t kRetryDelayNs = 10'000'000;

    /** Creates `share.count` idle connections; nothing is measured before `warmupEndNs`. */
    Workload(EventLoop& loop, const ClientConnection::Target& target, Share share, std::int64_t warmupEndNs);
    ~Workload() override;
    Workload(const Workload&) = delete;
    Workload& operator=(const Workload&) = delete;

    /** Begins the load at `nowNs`: sends at once or schedules the first sends. */
    virtual void start(std::int64_t nowNs) = 0;
    /** A timer this workload scheduled for `connection` is due. */
    virtual void onTimer(std::uint32_t connection, std::int64_t nowNs) = 0;
    /** The run's time is up; records whatever is counted at the very end. Does nothing by default. */
    virtual void finish(std::int64_t nowNs);

    /** Routes epoll readiness to the connection that `key` names (see ClientConnection). */
    void onSocketEvent(std::uint64_t key, std::uint32_t events, std::int64_t nowNs);
    /** Fails every request that has run over its time limit. */
    void checkTimeouts(std::int64_t nowNs);
    /** What this workload counted. */
    const Measurements& measurements() const { return measurements_; }

    /** Ignores response bodies; the stream modes override this to time them. */
    void onResponseBody(ClientConnection& connection, std::string_view bytes, std::int64_t nowNs) override;

protected:
    /** True once the warm-up is over. */
    bool measuring(std::int64_t nowNs) const { return nowNs >= warmupEndNs_; }
    /** Counts a complete response and its latency (from when it was due), if measuring. */
    void recordResponse(const ClientConnection& connection, std::int64_t nowNs);
    /** Counts a failed request, if measuring. */
    void recordFailure(RequestFailure failure, std::int64_t nowNs);
    /** Has `connection` send again after kRetryDelayNs (through onTimer). */
    void retryLater(const ClientConnection& connection, std::int64_t nowNs);
    /** The connection with index `index` in this workload. */
    ClientConnection& connection(std::uint32_t index) { return *connections_[index]; }
    /** The connection's position among all of the run's connections, across threads. */
    std::uint32_t runIndex(std::uint32_t index) const { return share_.first + index; }

    EventLoop& loop_;
    const Share share_;
    Measurements measurements_;

private:
    std::int64_t warmupEndNs_;
    std::vector<std::unique_ptr<ClientConnection>> connections_;
};

}  // namespace sluice::probe
