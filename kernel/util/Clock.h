// Wall-clock and monotonic time in the units the kernel stores and measures.
#pragma once

#include <chrono>
#include <cstdint>

namespace sluice::util {

/** Milliseconds since the Unix epoch (stored timestamps). */
inline int64_t unixMillis() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/** Monotonic time for measuring latencies. */
using SteadyTime = std::chrono::steady_clock::time_point;

/** Milliseconds elapsed since start on the monotonic clock. */
inline int64_t millisSince(SteadyTime start) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace sluice::util
