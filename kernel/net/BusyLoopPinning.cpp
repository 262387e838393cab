#include "net/BusyLoopPinning.h"

#include "util/CpuAffinity.h"
#include "util/ThreadCpuTime.h"

#include <vector>

namespace sluice::net {

BusyLoopPinning::BusyLoopPinning(EventLoop& loop, int cpu, std::chrono::milliseconds period)
    : loop_(loop), cpu_(cpu), period_(period) {}

void BusyLoopPinning::start() {
    lastWall_ = std::chrono::steady_clock::now();
    lastCpu_ = util::threadCpuTime();
    loop_.runAfter(period_, [this] { look(); });
}

bool BusyLoopPinning::shouldPin(bool pinnedNow, double busy) noexcept {
    return pinnedNow ? busy >= kReleaseBelowBusy : busy >= kPinAtBusy;
}

void BusyLoopPinning::look() {
    const auto wall = std::chrono::steady_clock::now();
    const auto cpu = util::threadCpuTime();
    const double busy = std::chrono::duration<double>(cpu - lastCpu_) / std::chrono::duration<double>(wall - lastWall_);
    lastWall_ = wall;
    lastCpu_ = cpu;
    const bool pin = shouldPin(pinned(), busy);
    if (pin != pinned() && util::runThisThreadOn(pin ? std::vector<int>{cpu_} : util::processCpus()))
        pinned_.store(pin, std::memory_order_relaxed);
    loop_.runAfter(period_, [this] { look(); });
}

}  // namespace sluice::net
