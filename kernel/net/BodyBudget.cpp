#include "net/BodyBudget.h"

namespace sluice::net {

bool BodyBudget::tryTake(size_t bytes) noexcept {
    if (limit_ == 0) {
        held_.fetch_add(bytes, std::memory_order_relaxed);
        return true;
    }
    size_t held = held_.load(std::memory_order_relaxed);
    do {
        if (bytes > limit_ - std::min(held, limit_)) return false;
    } while (!held_.compare_exchange_weak(held, held + bytes, std::memory_order_relaxed));
    return true;
}

}  // namespace sluice::net
