#include "EventLoop.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <system_error>

namespace sluice::mock {
namespace {

constexpr int kMaxEventsPerWait = 256;

std::int64_t steadyNanoseconds() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace

EventLoop::EventLoop(int listenFd, const Scenario& defaults) : listenFd_(listenFd), defaults_(defaults) {
    epollFd_ = ::epoll_create1(EPOLL_CLOEXEC);
    wakeFd_ = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (epollFd_ < 0 || wakeFd_ < 0) {
        throw std::system_error(errno, std::generic_category(), "epoll/eventfd");
    }
    watch(listenFd_, EPOLLIN);
    watch(wakeFd_, EPOLLIN);
}

EventLoop::~EventLoop() {
    connections_.clear();
    ::close(wakeFd_);
    ::close(epollFd_);
    ::close(listenFd_);
}

void EventLoop::watch(int fd, std::uint32_t events) {
    epoll_event event{};
    event.events = events;
    event.data.fd = fd;
    if (::epoll_ctl(epollFd_, EPOLL_CTL_ADD, fd, &event) != 0) {
        throw std::system_error(errno, std::generic_category(), "epoll_ctl");
    }
}

void EventLoop::run() {
    epoll_event events[kMaxEventsPerWait];
    while (running_) {
        const int timeoutMs = timers_.millisecondsUntilNext(steadyNanoseconds());
        const int count = ::epoll_wait(epollFd_, events, kMaxEventsPerWait, timeoutMs);
        if (count < 0 && errno != EINTR) {
            std::perror("mock-upstream: epoll_wait");
            std::abort();
        }
        const std::int64_t nowNs = steadyNanoseconds();
        for (int i = 0; i < count; ++i) {
            const int fd = events[i].data.fd;
            if (fd == listenFd_) {
                acceptConnections();
            } else if (fd == wakeFd_) {
                running_ = false;
            } else {
                handleConnection(fd, events[i].events, nowNs);
            }
        }
        runDueTimers(nowNs);
    }
}

void EventLoop::requestStop() {
    const std::uint64_t one = 1;
    // eventfd writes of 8 bytes cannot be partial; a full counter still wakes the loop.
    [[maybe_unused]] const ssize_t written = ::write(wakeFd_, &one, sizeof one);
}

void EventLoop::acceptConnections() {
    for (;;) {
        const int fd = ::accept4(listenFd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) {
                continue;
            }
            return;  // EAGAIN: drained. EMFILE and the like: retried on the next wake-up.
        }
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        if (static_cast<std::size_t>(fd) >= connections_.size()) {
            connections_.resize(static_cast<std::size_t>(fd) * 2 + 1);
        }
        connections_[static_cast<std::size_t>(fd)] =
            std::make_unique<HttpConnection>(fd, timers_, responder_, messagesResponder_, defaults_);
        watch(fd, EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET);
    }
}

void EventLoop::handleConnection(int fd, std::uint32_t events, std::int64_t nowNs) {
    std::unique_ptr<HttpConnection>& connection = connections_[static_cast<std::size_t>(fd)];
    if (!connection) {
        return;
    }
    // ERR, HUP and RDHUP all mean the client closed or reset the connection, possibly mid-stream.
    const bool clientGone = (events & (EPOLLERR | EPOLLHUP | EPOLLRDHUP)) != 0;
    const bool keep =
        !clientGone && ((events & EPOLLIN) != 0 ? connection->onReadable(nowNs) : connection->onWritable(nowNs));
    if (!keep) {
        connection.reset();
    }
}

void EventLoop::runDueTimers(std::int64_t nowNs) {
    TimerQueue::Timer timer{};
    while (timers_.popDue(nowNs, timer)) {
        std::unique_ptr<HttpConnection>& connection = connections_[static_cast<std::size_t>(timer.fd)];
        if (connection && !connection->onTimer(timer.token, nowNs)) {
            connection.reset();
        }
    }
}

}  // namespace sluice::mock
