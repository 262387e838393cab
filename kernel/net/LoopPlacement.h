// How many event loops the server runs, and the CPU each one is kept on.
#pragma once

#include <pthread.h>

#include <cstddef>
#include <vector>

namespace sluice::net {

/** The server's event loops and, when they are pinned, the CPU of each. */
struct LoopPlacement {
    /** How many loops (at least 1). */
    int loops = 1;
    /** cpus[i] is loop i's CPU; empty: the scheduler places the loops. */
    std::vector<int> cpus;

    /**
     * `configuredLoops` loops, or one per CPU of `processCpus` when it is 0.
     * With `pinOnePerCpu` and exactly one loop per such CPU, each loop is kept
     * on its own CPU: a request's wake-ups, caches and sockets stay on one
     * core instead of following the scheduler from one to the other. With
     * fewer or more loops than CPUs they float, as no CPU is theirs alone.
     */
    static LoopPlacement decide(int configuredLoops, bool pinOnePerCpu, const std::vector<int>& processCpus);

    /** Keeps loop `index`'s thread on its CPU; false when unpinned, or when the system refuses (CPU offline). */
    bool pin(pthread_t thread, size_t index) const;
};

}  // namespace sluice::net
