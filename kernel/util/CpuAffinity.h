// The CPUs the process may use, and letting a pinned thread use all of them for a while.
#pragma once

#include <pthread.h>
#include <sched.h>

#include <vector>

namespace sluice::util {

/**
 * The CPUs the process may run on, ascending: its main thread's affinity, as
 * taskset, a cpuset or a container runtime left it. Threads pinned later do
 * not change the answer.
 */
std::vector<int> processCpus();

/**
 * For its lifetime, lets the calling thread run on every CPU of the process
 * again, e.g. while it spawns a child, which would otherwise inherit a pinned
 * loop's single CPU. Restores the thread's own affinity when it ends.
 */
class ProcessAffinityScope {
public:
    ProcessAffinityScope();
    ~ProcessAffinityScope();
    ProcessAffinityScope(const ProcessAffinityScope&) = delete;
    ProcessAffinityScope& operator=(const ProcessAffinityScope&) = delete;

private:
    cpu_set_t saved_;
    bool widened_ = false;
};

}  // namespace sluice::util
