#pragma once

#include <chrono>
#include <cstdint>

namespace sluice::probe {

constexpr std::int64_t kNanosecondsPerMicrosecond = 1'000;
constexpr std::int64_t kNanosecondsPerMillisecond = 1'000'000;
constexpr std::int64_t kNanosecondsPerSecond = 1'000'000'000;

/** Now on the steady clock in nanoseconds: every timestamp in the probe uses it, so wall-clock jumps never skew a
 * latency. */
inline std::int64_t steadyNanoseconds() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/** Converts seconds from the command line to nanoseconds. */
inline std::int64_t secondsToNanoseconds(double seconds) {
    return static_cast<std::int64_t>(seconds * static_cast<double>(kNanosecondsPerSecond));
}

}  // namespace sluice::probe
