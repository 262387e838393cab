// The CPU time the calling thread has used, for a loop that measures how busy it is.
#pragma once

#include <time.h>

#include <chrono>

namespace sluice::util {

/** CPU time (user and system) the calling thread has used since it started. */
inline std::chrono::nanoseconds threadCpuTime() noexcept {
    timespec spent{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spent);
    return std::chrono::seconds(spent.tv_sec) + std::chrono::nanoseconds(spent.tv_nsec);
}

}  // namespace sluice::util
