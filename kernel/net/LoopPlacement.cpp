#include "net/LoopPlacement.h"

#include <algorithm>
#include <thread>

namespace sluice::net {

LoopPlacement LoopPlacement::decide(int configuredLoops, bool pinOnePerCpu, const std::vector<int>& processCpus) {
    LoopPlacement placement;
    const int cpuCount = static_cast<int>(processCpus.size());
    const int cores = cpuCount > 0 ? cpuCount : static_cast<int>(std::thread::hardware_concurrency());
    placement.loops = configuredLoops > 0 ? configuredLoops : std::max(1, cores);
    if (pinOnePerCpu && cpuCount >= 2 && placement.loops == cpuCount) placement.cpus = processCpus;
    return placement;
}

}  // namespace sluice::net
