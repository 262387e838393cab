// Keeps an event loop on its own CPU while it is busy, and lets the scheduler place it while it is quiet.
#pragma once

#include "net/EventLoop.h"

#include <atomic>
#include <chrono>

namespace sluice::net {

/**
 * Once per period, on the loop's thread, reads how much of a core the loop
 * used since the last look. A loop using at least kPinAtBusy of a core is kept
 * on its CPU: under load, its wake-ups then land on its own core instead of
 * queueing behind other busy threads on one. A loop using less than
 * kReleaseBelowBusy may run on any CPU of the process again: while quiet, a
 * wake-up on a CPU that is already awake beats waking an idle one. Measured on
 * a 2-vCPU VM whose scheduler packs wake-ups onto one vCPU: loops always kept
 * on their CPUs cut the p50 at 38k req/s, but held single stream events back
 * over 1 ms in 6 of 20 streaming runs (3 of 20 never kept); kept only while
 * busy, the p50 gain stays and streaming is as never kept.
 */
class BusyLoopPinning {
public:
    /** Share of a core from which a loop is kept on its CPU. */
    static constexpr double kPinAtBusy = 0.25;
    /** Share of a core below which a kept loop is let go again. */
    static constexpr double kReleaseBelowBusy = 0.10;

    /** For `loop`, whose own CPU is `cpu`; while quiet it may run on any CPU of the process. */
    BusyLoopPinning(EventLoop& loop, int cpu, std::chrono::milliseconds period);

    /**
     * Takes the first reading and looks again every period while the loop
     * runs; call once, on the loop thread. The loop's timers point at this
     * object, so it must outlive the loop.
     */
    void start();

    /** Whether the loop is kept on its CPU now. */
    bool pinned() const noexcept { return pinned_.load(std::memory_order_relaxed); }

    /** Whether a loop that is `pinnedNow` and used `busy` of a core over the last period should be kept. */
    static bool shouldPin(bool pinnedNow, double busy) noexcept;

private:
    void look();

    EventLoop& loop_;
    const int cpu_;
    const std::chrono::milliseconds period_;
    std::chrono::steady_clock::time_point lastWall_;
    std::chrono::nanoseconds lastCpu_{0};
    std::atomic<bool> pinned_{false};
};

}  // namespace sluice::net
