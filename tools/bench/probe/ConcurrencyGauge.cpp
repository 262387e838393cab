#include "ConcurrencyGauge.h"

namespace sluice::probe {

void ConcurrencyGauge::increment() {
    const std::int64_t now = current_.fetch_add(1, std::memory_order_relaxed) + 1;
    std::int64_t peak = peak_.load(std::memory_order_relaxed);
    while (now > peak && !peak_.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
    }
}

}  // namespace sluice::probe
