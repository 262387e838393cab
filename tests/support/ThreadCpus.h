// The CPUs a thread may run on, as the affinity tests set and compare them.
#pragma once

#include <pthread.h>
#include <sched.h>
#include <sys/types.h>

#include <vector>

namespace sluice::testsupport {

/** The CPUs in `mask`, ascending. */
inline std::vector<int> cpusIn(const cpu_set_t& mask) {
    std::vector<int> cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        if (CPU_ISSET(cpu, &mask)) cpus.push_back(cpu);
    return cpus;
}

/** The CPUs `thread` may run on, ascending (empty when the system will not say). */
inline std::vector<int> cpusOf(pthread_t thread) {
    cpu_set_t mask;
    CPU_ZERO(&mask);
    return pthread_getaffinity_np(thread, sizeof mask, &mask) == 0 ? cpusIn(mask) : std::vector<int>{};
}

/** The CPUs the main thread of process `pid` may run on, ascending (empty when the system will not say). */
inline std::vector<int> cpusOfProcess(pid_t pid) {
    cpu_set_t mask;
    CPU_ZERO(&mask);
    return sched_getaffinity(pid, sizeof mask, &mask) == 0 ? cpusIn(mask) : std::vector<int>{};
}

}  // namespace sluice::testsupport
