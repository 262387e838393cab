// The CPUs a thread may run on, and CPU time spent on purpose, for the affinity tests.
#pragma once

#include "util/CpuAffinity.h"

#include <pthread.h>
#include <sched.h>
#include <sys/types.h>

#include <chrono>
#include <ctime>
#include <vector>

namespace sluice::testsupport {

/** The CPUs `thread` may run on, ascending (empty when the system will not say). */
inline std::vector<int> cpusOf(pthread_t thread) {
    cpu_set_t mask;
    CPU_ZERO(&mask);
    return pthread_getaffinity_np(thread, sizeof mask, &mask) == 0 ? util::cpusIn(mask) : std::vector<int>{};
}

/** The CPUs the main thread of process `pid` may run on, ascending (empty when the system will not say). */
inline std::vector<int> cpusOfProcess(pid_t pid) {
    cpu_set_t mask;
    CPU_ZERO(&mask);
    return sched_getaffinity(pid, sizeof mask, &mask) == 0 ? util::cpusIn(mask) : std::vector<int>{};
}

/** Spends `cpu` of the calling thread's own CPU time (however long that takes on a loaded machine). */
inline void burnCpu(std::chrono::nanoseconds cpu) {
    auto spent = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
    };
    for (const auto end = spent() + cpu; spent() < end;) {
    }
}

}  // namespace sluice::testsupport
