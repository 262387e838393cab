#include "TimerQueue.h"

#include <algorithm>
#include <limits>

namespace sluice::probe {
namespace {

/** Orders the heap so the earliest deadline is on top. */
bool laterDeadline(const TimerQueue::Timer& a, const TimerQueue::Timer& b) {
    return a.deadlineNs > b.deadlineNs;
}

}  // namespace

void TimerQueue::schedule(std::int64_t deadlineNs, std::uint32_t connection) {
    heap_.push_back({deadlineNs, connection});
    std::push_heap(heap_.begin(), heap_.end(), laterDeadline);
}

std::int64_t TimerQueue::nextDeadline() const {
    return heap_.empty() ? std::numeric_limits<std::int64_t>::max() : heap_.front().deadlineNs;
}

bool TimerQueue::popDue(std::int64_t nowNs, Timer& timer) {
    if (heap_.empty() || heap_.front().deadlineNs > nowNs) {
        return false;
    }
    std::pop_heap(heap_.begin(), heap_.end(), laterDeadline);
    timer = heap_.back();
    heap_.pop_back();
    return true;
}

}  // namespace sluice::probe
