#include "util/CpuAffinity.h"

#include <unistd.h>

namespace sluice::util {

namespace {

/** The main thread's affinity: its thread id is the process id. */
bool processMask(cpu_set_t& mask) {
    CPU_ZERO(&mask);
    return sched_getaffinity(getpid(), sizeof mask, &mask) == 0;
}

}  // namespace

std::vector<int> processCpus() {
    cpu_set_t mask;
    std::vector<int> cpus;
    if (!processMask(mask)) return cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        if (CPU_ISSET(cpu, &mask)) cpus.push_back(cpu);
    return cpus;
}

ProcessAffinityScope::ProcessAffinityScope() {
    cpu_set_t wide;
    if (pthread_getaffinity_np(pthread_self(), sizeof saved_, &saved_) != 0 || !processMask(wide)) return;
    if (CPU_EQUAL(&saved_, &wide)) return;
    widened_ = pthread_setaffinity_np(pthread_self(), sizeof wide, &wide) == 0;
}

ProcessAffinityScope::~ProcessAffinityScope() {
    if (widened_) pthread_setaffinity_np(pthread_self(), sizeof saved_, &saved_);
}

}  // namespace sluice::util
