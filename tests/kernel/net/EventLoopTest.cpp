// The epoll loop: timers in deadline order and cancellable, tasks posted from other threads, fd readiness.
#include "net/EventLoop.h"

#include <cppunit/extensions/HelperMacros.h>

#include <atomic>
#include <future>
#include <thread>
#include <vector>

#include <sys/epoll.h>
#include <unistd.h>

using sluice::net::EventLoop;
using sluice::net::IoHandler;
using namespace std::chrono_literals;

namespace {

/** Records the bytes that arrive on a pipe, then stops the loop. */
class PipeReader : public IoHandler {
public:
    PipeReader(EventLoop& loop, int fd) : loop_(loop), fd_(fd) {}

    void onIo(uint32_t) override {
        char byte = 0;
        if (::read(fd_, &byte, 1) == 1) received += byte;
        loop_.stop();
    }

    std::string received;

private:
    EventLoop& loop_;
    int fd_;
};

}  // namespace

class EventLoopTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(EventLoopTest);
    CPPUNIT_TEST(timersFireInDeadlineOrder);
    CPPUNIT_TEST(cancelledTimerNeverFires);
    CPPUNIT_TEST(timerWaitsForItsDelay);
    CPPUNIT_TEST(postFromAnotherThreadRunsOnTheLoop);
    CPPUNIT_TEST(stopFromAnotherThreadEndsRun);
    CPPUNIT_TEST(watchedDescriptorReportsReadiness);
    CPPUNIT_TEST_SUITE_END();

public:
    void timersFireInDeadlineOrder() {
        EventLoop loop;
        std::vector<int> order;
        loop.runAfter(30ms, [&] { order.push_back(3); });
        loop.runAfter(10ms, [&] { order.push_back(1); });
        loop.runAfter(20ms, [&] { order.push_back(2); });
        loop.runAfter(20ms, [&] { order.push_back(22); });
        loop.runAfter(40ms, [&] { loop.stop(); });
        loop.run();
        CPPUNIT_ASSERT((order == std::vector<int>{1, 2, 22, 3}));
    }

    void cancelledTimerNeverFires() {
        EventLoop loop;
        bool fired = false;
        const auto doomed = loop.runAfter(10ms, [&] { fired = true; });
        loop.runAfter(5ms, [&] { loop.cancel(doomed); });
        loop.runAfter(30ms, [&] { loop.stop(); });
        loop.cancel(12345);
        loop.run();
        CPPUNIT_ASSERT(!fired);
    }

    void timerWaitsForItsDelay() {
        EventLoop loop;
        const auto started = std::chrono::steady_clock::now();
        auto firedAfter = 0ms;
        loop.runAfter(50ms, [&] {
            firedAfter = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
            loop.stop();
        });
        loop.run();
        CPPUNIT_ASSERT(firedAfter >= 50ms);
        CPPUNIT_ASSERT(firedAfter < 500ms);
    }

    void postFromAnotherThreadRunsOnTheLoop() {
        EventLoop loop;
        std::thread runner([&] { loop.run(); });
        std::promise<bool> ranInLoop;
        std::vector<int> order;
        std::thread poster([&] {
            for (int i = 0; i < 100; ++i) loop.post([&order, i] { order.push_back(i); });
            loop.post([&] { ranInLoop.set_value(loop.inLoopThread()); });
        });
        auto result = ranInLoop.get_future();
        CPPUNIT_ASSERT(result.wait_for(5s) == std::future_status::ready);
        CPPUNIT_ASSERT(result.get());
        CPPUNIT_ASSERT(!loop.inLoopThread());
        poster.join();
        loop.stop();
        runner.join();
        CPPUNIT_ASSERT_EQUAL(size_t(100), order.size());
        for (int i = 0; i < 100; ++i) CPPUNIT_ASSERT_EQUAL(i, order[static_cast<size_t>(i)]);
    }

    void stopFromAnotherThreadEndsRun() {
        EventLoop loop;
        std::atomic<bool> returned{false};
        std::thread runner([&] {
            loop.run();
            returned = true;
        });
        std::this_thread::sleep_for(20ms);
        CPPUNIT_ASSERT(!returned);
        loop.stop();
        runner.join();
        CPPUNIT_ASSERT(returned);
    }

    void watchedDescriptorReportsReadiness() {
        EventLoop loop;
        int fds[2];
        CPPUNIT_ASSERT_EQUAL(0, ::pipe(fds));
        PipeReader reader(loop, fds[0]);
        loop.watch(fds[0], EPOLLIN, &reader);
        loop.runAfter(10ms, [&] { CPPUNIT_ASSERT_EQUAL(ssize_t(1), ::write(fds[1], "x", 1)); });
        loop.run();
        loop.unwatch(fds[0]);
        ::close(fds[0]);
        ::close(fds[1]);
        CPPUNIT_ASSERT_EQUAL(std::string("x"), reader.received);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(EventLoopTest);
