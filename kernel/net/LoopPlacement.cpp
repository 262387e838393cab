#include "net/LoopPlacement.h"

#include <algorithm>

namespace sluice::net {

LoopPlacement LoopPlacement::decide(int configuredLoops, bool pinOnePerCpu, const std::vector<int>& processCpus) {
    LoopPlacement placement;
    const int cpuCount = static_cast<int>(processCpus.size());
    placement.loops = configuredLoops > 0 ? configuredLoops : std::max(1, cpuCount);
    if (pinOnePerCpu && placement.loops == cpuCount) placement.cpus = processCpus;
    return placement;
}

}  // namespace sluice::net
