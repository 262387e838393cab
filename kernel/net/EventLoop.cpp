#include "net/EventLoop.h"

#include "net/TimerQueue.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace sluice::net {

namespace {

constexpr int kInitialEventCapacity = 256;

[[noreturn]] void throwSystemError(const char* what) {
    throw std::runtime_error(std::string(what) + ": " + std::strerror(errno));
}

}  // namespace

/**
 * The loop's state. Epoll events carry fd plus a per-fd generation, so an
 * event already fetched for a descriptor that was unwatched (or unwatched and
 * reused) earlier in the same batch is dropped instead of reaching a stale handler.
 */
struct EventLoop::Impl final : IoHandler {
    struct Watch {
        IoHandler* handler = nullptr;
        uint32_t generation = 0;
    };

    int epollFd = -1;
    int wakeFd = -1;
    std::vector<Watch> watches;
    std::vector<epoll_event> events = std::vector<epoll_event>(kInitialEventCapacity);
    TimerQueue timers;
    std::atomic<bool> quit{false};
    std::atomic<std::thread::id> loopThread{};
    std::mutex pendingMutex;
    std::vector<Task> pending;
    std::atomic<bool> hasPending{false};
    TimerQueue::Clock::time_point now = TimerQueue::Clock::now();  // lets an iteration with nothing posted skip the mutex
    std::vector<Task> running;

    Impl() {
        epollFd = ::epoll_create1(EPOLL_CLOEXEC);
        if (epollFd < 0) throwSystemError("epoll_create1");
        wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (wakeFd < 0) {
            ::close(epollFd);
            throwSystemError("eventfd");
        }
        add(wakeFd, EPOLLIN, this);
    }

    ~Impl() override {
        ::close(wakeFd);
        ::close(epollFd);
    }

    static uint64_t key(int fd, uint32_t generation) { return (uint64_t{generation} << 32) | static_cast<uint32_t>(fd); }

    Watch& slot(int fd) {
        if (static_cast<size_t>(fd) >= watches.size()) watches.resize(static_cast<size_t>(fd) * 2 + 16);
        return watches[static_cast<size_t>(fd)];
    }

    void add(int fd, uint32_t mask, IoHandler* handler) {
        Watch& watch = slot(fd);
        watch.handler = handler;
        ++watch.generation;
        control(EPOLL_CTL_ADD, fd, mask, watch.generation);
    }

    void change(int fd, uint32_t mask, IoHandler* handler) {
        Watch& watch = slot(fd);
        watch.handler = handler;
        control(EPOLL_CTL_MOD, fd, mask, watch.generation);
    }

    void remove(int fd) {
        Watch& watch = slot(fd);
        watch.handler = nullptr;
        ++watch.generation;
        ::epoll_ctl(epollFd, EPOLL_CTL_DEL, fd, nullptr);
    }

    void control(int operation, int fd, uint32_t mask, uint32_t generation) {
        epoll_event event{};
        event.events = mask;
        event.data.u64 = key(fd, generation);
        if (::epoll_ctl(epollFd, operation, fd, &event) < 0) throwSystemError("epoll_ctl");
    }

    void wake() {
        const uint64_t one = 1;
        [[maybe_unused]] const ssize_t written = ::write(wakeFd, &one, sizeof one);
    }

    void onIo(uint32_t) override {
        uint64_t count = 0;
        [[maybe_unused]] const ssize_t got = ::read(wakeFd, &count, sizeof count);
    }

    void waitAndDispatch() {
        const int timeout = timers.millisecondsUntilNext(now);
        const int ready = ::epoll_wait(epollFd, events.data(), static_cast<int>(events.size()), timeout);
        now = TimerQueue::Clock::now();
        if (ready < 0) {
            if (errno == EINTR) return;
            throwSystemError("epoll_wait");
        }
        for (int i = 0; i < ready; ++i) dispatch(events[static_cast<size_t>(i)]);
        if (static_cast<size_t>(ready) == events.size()) events.resize(events.size() * 2);
    }

    void dispatch(const epoll_event& event) {
        const auto fd = static_cast<size_t>(event.data.u64 & 0xffffffffu);
        const auto generation = static_cast<uint32_t>(event.data.u64 >> 32);
        if (fd >= watches.size()) return;
        const Watch& watch = watches[fd];
        if (watch.handler != nullptr && watch.generation == generation) watch.handler->onIo(event.events);
    }

    void runPosted() {
        if (!hasPending.load(std::memory_order_acquire)) return;
        {
            std::lock_guard lock(pendingMutex);
            running.swap(pending);
            hasPending.store(false, std::memory_order_relaxed);
        }
        for (Task& task : running) task();
        running.clear();
    }
};

EventLoop::EventLoop() : impl_(std::make_unique<Impl>()) {}

EventLoop::~EventLoop() = default;

void EventLoop::run() {
    impl_->loopThread.store(std::this_thread::get_id());
    while (!impl_->quit.load(std::memory_order_acquire)) {
        impl_->waitAndDispatch();
        impl_->timers.runExpired(impl_->now);
        impl_->runPosted();
    }
    impl_->runPosted();  // tasks posted while stopping (e.g. a closing connection's last callbacks) still run
    impl_->quit.store(false);
    impl_->loopThread.store(std::thread::id{});
}

void EventLoop::stop() {
    impl_->quit.store(true, std::memory_order_release);
    impl_->wake();
}

void EventLoop::post(Task task) {
    bool wasEmpty = false;
    {
        std::lock_guard lock(impl_->pendingMutex);
        wasEmpty = impl_->pending.empty();
        impl_->pending.push_back(std::move(task));
        impl_->hasPending.store(true, std::memory_order_release);
    }
    if (wasEmpty) impl_->wake();
}

EventLoop::TimerId EventLoop::runAfter(std::chrono::milliseconds delay, Task task) {
    return impl_->timers.add(impl_->now + delay, std::move(task));
}

std::chrono::steady_clock::time_point EventLoop::now() const noexcept { return impl_->now; }

void EventLoop::cancel(TimerId id) { impl_->timers.cancel(id); }

void EventLoop::watch(int fd, uint32_t events, IoHandler* handler) { impl_->add(fd, events, handler); }

void EventLoop::modify(int fd, uint32_t events, IoHandler* handler) { impl_->change(fd, events, handler); }

void EventLoop::unwatch(int fd) { impl_->remove(fd); }

bool EventLoop::inLoopThread() const { return impl_->loopThread.load() == std::this_thread::get_id(); }

}  // namespace sluice::net
