// How many event loops the server runs, and the CPU each one is kept on while busy.
#pragma once

#include <chrono>
#include <vector>

namespace sluice::net {

/** The server's event loops and, when busy loops are kept on a CPU, the CPU of each. */
struct LoopPlacement {
    /** How many loops (at least 1). */
    int loops = 1;
    /** cpus[i] is loop i's CPU while it is busy (BusyLoopPinning); empty: the scheduler always places the loops. */
    std::vector<int> cpus;
    /** How often each loop with a CPU looks at how busy it was. */
    std::chrono::milliseconds busyPeriod{250};

    /**
     * `configuredLoops` loops, or one per CPU of `processCpus` when it is 0
     * (one per core when the process's CPUs are unknown). With `pinOnePerCpu`
     * and exactly one loop per such CPU, loop i gets the i-th CPU, where it is
     * kept while busy. With fewer or more loops than CPUs they float, as no
     * CPU is theirs alone; on a single CPU there is nothing to choose.
     */
    static LoopPlacement decide(int configuredLoops, bool pinOnePerCpu, const std::vector<int>& processCpus);
};

}  // namespace sluice::net
