#include "EventLoop.h"

#include "Clock.h"
#include "Workload.h"

#include <sys/epoll.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <system_error>

namespace sluice::probe {
namespace {

constexpr int kMaxEventsPerWait = 512;
/** How often the workload checks its connections for requests over their time limit. */
constexpr std::int64_t kTimeoutSweepNs = 100'000'000;
/** Timer slack the thread asks for: timers fire within about a microsecond instead of Linux's default 50. */
constexpr unsigned long kTimerSlackNs = 1'000;

timespec toTimespec(std::int64_t nanoseconds) {
    return {static_cast<std::time_t>(nanoseconds / kNanosecondsPerSecond),
            static_cast<long>(nanoseconds % kNanosecondsPerSecond)};
}

}  // namespace

EventLoop::EventLoop() {
    epollFd_ = ::epoll_create1(EPOLL_CLOEXEC);
    if (epollFd_ < 0) {
        throw std::system_error(errno, std::generic_category(), "epoll_create1");
    }
}

EventLoop::~EventLoop() {
    ::close(epollFd_);
}

bool EventLoop::watch(int fd, std::uint64_t key) {
    epoll_event event{};
    event.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
    event.data.u64 = key;
    return ::epoll_ctl(epollFd_, EPOLL_CTL_ADD, fd, &event) == 0;
}

void EventLoop::run(Workload& workload, std::int64_t endNs) {
    ::prctl(PR_SET_TIMERSLACK, kTimerSlackNs);
    epoll_event events[kMaxEventsPerWait];
    std::int64_t nowNs = steadyNanoseconds();
    std::int64_t nextSweepNs = nowNs + kTimeoutSweepNs;
    workload.start(nowNs);
    while (nowNs < endNs) {
        const std::int64_t wakeNs = std::min({endNs, nextSweepNs, timers_.nextDeadline()});
        const timespec timeout = toTimespec(std::max<std::int64_t>(0, wakeNs - nowNs));
        const int count = ::epoll_pwait2(epollFd_, events, kMaxEventsPerWait, &timeout, nullptr);
        if (count < 0 && errno != EINTR) {
            throw std::system_error(errno, std::generic_category(), "epoll_pwait2");
        }
        for (int i = 0; i < count; ++i) {
            workload.onSocketEvent(events[i].data.u64, events[i].events, steadyNanoseconds());
        }
        nowNs = steadyNanoseconds();
        TimerQueue::Timer timer{};
        while (timers_.popDue(nowNs, timer)) {
            workload.onTimer(timer.connection, nowNs);
        }
        if (nowNs >= nextSweepNs) {
            workload.checkTimeouts(nowNs);
            nextSweepNs = nowNs + kTimeoutSweepNs;
        }
    }
    workload.finish(nowNs);
}

}  // namespace sluice::probe
