#pragma once

#include "ClientConnection.h"
#include "ConcurrencyGauge.h"
#include "Measurements.h"
#include "ProbeOptions.h"
#include "Workload.h"

#include <cstdint>
#include <memory>

namespace sluice::probe {

class EventLoop;

/**
 * One whole run: splits the connections over --threads event loops (one by
 * default, so the probe costs a single core), runs them for --duration, and
 * merges what they measured.
 */
class ProbeRun {
public:
    /** Prepares the run; `options` must outlive it. */
    explicit ProbeRun(const ProbeOptions& options);

    /** Generates the load until the duration is over; rethrows what a loop thread threw (epoll failing, say). */
    void run();
    /** Everything measured, merged over the threads. */
    const Measurements& measurements() const { return total_; }
    /** hold: the most streams that were open at the same moment. */
    std::int64_t peakOpen() const { return gauge_.peak(); }

private:
    std::unique_ptr<Workload> makeWorkload(EventLoop& loop, Workload::Share share, std::int64_t warmupEndNs);

    const ProbeOptions& options_;
    ClientConnection::Target target_;
    ConcurrencyGauge gauge_;
    Measurements total_;
};

}  // namespace sluice::probe
