#pragma once

#include <atomic>
#include <cstdint>

namespace sluice::probe {

/**
 * How many things are open right now and the most there ever were at once,
 * shared by all loop threads: per-thread peaks could not be added up, since
 * they need not happen at the same moment.
 */
class ConcurrencyGauge {
public:
    /** One more is open. */
    void increment();
    /** One fewer is open. */
    void decrement() { current_.fetch_sub(1, std::memory_order_relaxed); }
    /** The most that were open at the same time. */
    std::int64_t peak() const { return peak_.load(std::memory_order_relaxed); }

private:
    std::atomic<std::int64_t> current_{0};
    std::atomic<std::int64_t> peak_{0};
};

}  // namespace sluice::probe
