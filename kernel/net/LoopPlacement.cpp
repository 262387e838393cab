#include "net/LoopPlacement.h"

#include <sched.h>

#include <algorithm>

namespace sluice::net {

LoopPlacement LoopPlacement::decide(int configuredLoops, bool pinOnePerCpu, const std::vector<int>& processCpus) {
    LoopPlacement placement;
    const int cpuCount = static_cast<int>(processCpus.size());
    placement.loops = configuredLoops > 0 ? configuredLoops : std::max(1, cpuCount);
    if (pinOnePerCpu && placement.loops == cpuCount) placement.cpus = processCpus;
    return placement;
}

bool LoopPlacement::pin(pthread_t thread, size_t index) const {
    if (index >= cpus.size() || cpus[index] < 0 || cpus[index] >= CPU_SETSIZE) return false;
    cpu_set_t mask;
    CPU_ZERO(&mask);
    CPU_SET(cpus[index], &mask);
    return pthread_setaffinity_np(thread, sizeof mask, &mask) == 0;
}

}  // namespace sluice::net
