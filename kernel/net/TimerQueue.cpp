#include "net/TimerQueue.h"

#include <limits>

namespace sluice::net {

TimerQueue::TimerId TimerQueue::add(Clock::time_point when, Task task) {
    const TimerId id = nextId_++;
    byDeadline_.emplace(Key{when, id}, std::move(task));
    deadlineById_.emplace(id, when);
    return id;
}

void TimerQueue::cancel(TimerId id) {
    auto found = deadlineById_.find(id);
    if (found == deadlineById_.end()) return;
    byDeadline_.erase(Key{found->second, id});
    deadlineById_.erase(found);
}

int TimerQueue::millisecondsUntilNext(Clock::time_point now) const {
    if (byDeadline_.empty()) return -1;
    const auto wait = byDeadline_.begin()->first.first - now;
    if (wait <= Clock::duration::zero()) return 0;
    const auto rounded = std::chrono::ceil<std::chrono::milliseconds>(wait).count();
    return rounded > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : static_cast<int>(rounded);
}

void TimerQueue::runExpired(Clock::time_point now) {
    const TimerId firstAddedDuringRun = nextId_;
    while (!byDeadline_.empty()) {
        auto first = byDeadline_.begin();
        const auto [when, id] = first->first;
        if (when > now || id >= firstAddedDuringRun) return;
        Task task = std::move(first->second);
        byDeadline_.erase(first);
        deadlineById_.erase(id);
        task();
    }
}

}  // namespace sluice::net
