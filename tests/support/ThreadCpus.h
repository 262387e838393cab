// The CPUs a thread may run on, and CPU time spent on purpose, for the affinity tests.
#pragma once

#include "util/CpuAffinity.h"
#include "util/ThreadCpuTime.h"

#include <pthread.h>
#include <sched.h>

#include <chrono>
#include <vector>

namespace sluice::testsupport {

/** The CPUs `thread` may run on, ascending (empty when the system will not say). */
inline std::vector<int> cpusOf(pthread_t thread) {
    cpu_set_t mask;
    CPU_ZERO(&mask);
    return pthread_getaffinity_np(thread, sizeof mask, &mask) == 0 ? util::cpusIn(mask) : std::vector<int>{};
}

/** Spends `cpu` of the calling thread's own CPU time (however long that takes on a loaded machine). */
inline void burnCpu(std::chrono::nanoseconds cpu) {
    for (const auto end = util::threadCpuTime() + cpu; util::threadCpuTime() < end;) {
    }
}

}  // namespace sluice::testsupport
