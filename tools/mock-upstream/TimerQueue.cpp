#include "TimerQueue.h"

#include <algorithm>
#include <climits>

namespace sluice::mock {
namespace {

/** Orders the heap so the earliest deadline is on top. */
bool laterDeadline(const TimerQueue::Timer& a, const TimerQueue::Timer& b) {
    return a.deadlineNs > b.deadlineNs;
}

}  // namespace

std::uint64_t TimerQueue::schedule(std::int64_t deadlineNs, int fd) {
    heap_.push_back({deadlineNs, fd, ++lastToken_});
    std::push_heap(heap_.begin(), heap_.end(), laterDeadline);
    return lastToken_;
}

int TimerQueue::millisecondsUntilNext(std::int64_t nowNs) const {
    if (heap_.empty()) {
        return -1;
    }
    const std::int64_t waitNs = heap_.front().deadlineNs - nowNs;
    if (waitNs <= 0) {
        return 0;
    }
    return static_cast<int>(std::min<std::int64_t>((waitNs + 999'999) / 1'000'000, INT_MAX));
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

}  // namespace sluice::mock
