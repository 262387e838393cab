// The CPUs the process may use, and which of them a thread runs on. Header-only: the network
// library, which links nothing of the kernel's, keeps its busy loops on their CPUs with it.
#pragma once

#include <pthread.h>
#include <sched.h>
#include <sys/types.h>
#include <unistd.h>

#include <vector>

namespace sluice::util {

/** The CPUs in `mask`, ascending. */
inline std::vector<int> cpusIn(const cpu_set_t& mask) {
    std::vector<int> cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        if (CPU_ISSET(cpu, &mask)) cpus.push_back(cpu);
    return cpus;
}

/** The CPUs the main thread of process `pid` may run on, ascending; empty when the system will not say. */
inline std::vector<int> cpusOfProcess(pid_t pid) {
    cpu_set_t mask;
    CPU_ZERO(&mask);
    return sched_getaffinity(pid, sizeof mask, &mask) == 0 ? cpusIn(mask) : std::vector<int>{};
}

/**
 * The CPUs the process may run on, ascending: its main thread's affinity, as
 * taskset, a cpuset or a container runtime left it (the main thread's id is
 * the process id). Threads pinned later do not change the answer. Empty
 * when the system will not say (e.g. beyond CPU_SETSIZE CPUs).
 */
inline std::vector<int> processCpus() { return cpusOfProcess(getpid()); }

/** Restricts the calling thread to `cpus`; false when none is valid or the system refuses. */
inline bool runThisThreadOn(const std::vector<int>& cpus) {
    cpu_set_t mask;
    CPU_ZERO(&mask);
    for (int cpu : cpus)
        if (cpu >= 0 && cpu < CPU_SETSIZE) CPU_SET(cpu, &mask);
    return CPU_COUNT(&mask) > 0 && pthread_setaffinity_np(pthread_self(), sizeof mask, &mask) == 0;
}

/**
 * For its lifetime, lets the calling thread run on every CPU of the process
 * again, e.g. while it spawns a child, which would otherwise inherit a pinned
 * loop's single CPU. Restores the thread's own affinity when it ends.
 */
class ProcessAffinityScope {
public:
    /** Saves the calling thread's affinity and widens it to the process's CPUs. */
    ProcessAffinityScope() {
        if (pthread_getaffinity_np(pthread_self(), sizeof saved_, &saved_) == 0) widened_ = runThisThreadOn(processCpus());
    }
    /** Puts the saved affinity back. */
    ~ProcessAffinityScope() {
        if (widened_) pthread_setaffinity_np(pthread_self(), sizeof saved_, &saved_);
    }
    ProcessAffinityScope(const ProcessAffinityScope&) = delete;
    ProcessAffinityScope& operator=(const ProcessAffinityScope&) = delete;

private:
    cpu_set_t saved_;
    bool widened_ = false;
};

}  // namespace sluice::util
