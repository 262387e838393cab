// The executor runs blocking jobs off the loops, refuses what it cannot hold, and resumes on the loop.
#include "exec/Executor.h"

#include <cppunit/extensions/HelperMacros.h>

#include <atomic>
#include <future>
#include <thread>

using namespace std::chrono_literals;
using sluice::exec::Executor;

class ExecutorTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ExecutorTest);
    CPPUNIT_TEST(runsEveryJobOnAWorker);
    CPPUNIT_TEST(refusesJobsPastItsQueue);
    CPPUNIT_TEST(resumesOnTheLoopWithTheResultOrTheFailure);
    CPPUNIT_TEST(stopWaitsForQueuedJobsOrSaysItCouldNot);
    CPPUNIT_TEST_SUITE_END();

public:
    void runsEveryJobOnAWorker() {
        std::atomic<int> done{0};
        const auto caller = std::this_thread::get_id();
        std::atomic<bool> offCaller{true};
        {
            Executor executor("test", 4, 1000);
            for (int i = 0; i < 500; ++i)
                CPPUNIT_ASSERT(executor.trySubmit([&] {
                    if (std::this_thread::get_id() == caller) offCaller = false;
                    ++done;
                }));
            CPPUNIT_ASSERT(executor.stop(5s));
        }
        CPPUNIT_ASSERT_EQUAL(500, done.load());
        CPPUNIT_ASSERT(offCaller);
    }

    /** One worker held and two queued: a fourth job is refused at once, never queued without bound. */
    void refusesJobsPastItsQueue() {
        Executor executor("test", 1, 2);
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::promise<void> started;
        CPPUNIT_ASSERT(executor.trySubmit([&] {
            started.set_value();
            released.wait();
        }));
        started.get_future().wait();
        CPPUNIT_ASSERT(executor.trySubmit([] {}));
        CPPUNIT_ASSERT(executor.trySubmit([] {}));
        CPPUNIT_ASSERT(!executor.trySubmit([] {}));
        CPPUNIT_ASSERT_EQUAL(size_t(2), executor.queued());
        CPPUNIT_ASSERT_EQUAL(size_t(1), executor.running());
        release.set_value();
        CPPUNIT_ASSERT(executor.stop(5s));
        CPPUNIT_ASSERT(!executor.trySubmit([] {}));
    }

    void resumesOnTheLoopWithTheResultOrTheFailure() {
        sluice::net::EventLoop loop;
        std::thread loopThread([&] { loop.run(); });
        Executor executor("test", 2, 10);
        std::promise<std::pair<int, bool>> answered;
        std::promise<std::string> failed;
        const bool accepted = executor.runThenResume<int>(
            loop, [] { return 42; },
            [&](int value, std::exception_ptr failure) {
                answered.set_value({value, loop.inLoopThread() && !failure});
            });
        CPPUNIT_ASSERT(accepted);
        executor.runThenResume<int>(
            loop, []() -> int { throw std::runtime_error("blocked call failed"); },
            [&](int, std::exception_ptr failure) {
                try {
                    std::rethrow_exception(failure);
                } catch (const std::exception& e) {
                    failed.set_value(e.what());
                }
            });
        auto answer = answered.get_future();
        auto failure = failed.get_future();
        CPPUNIT_ASSERT(answer.wait_for(5s) == std::future_status::ready);
        const auto [value, onLoopWithoutFailure] = answer.get();
        CPPUNIT_ASSERT_EQUAL(42, value);
        CPPUNIT_ASSERT(onLoopWithoutFailure);
        CPPUNIT_ASSERT(failure.wait_for(5s) == std::future_status::ready);
        CPPUNIT_ASSERT_EQUAL(std::string("blocked call failed"), failure.get());
        executor.stop(5s);
        loop.stop();
        loopThread.join();
    }

    void stopWaitsForQueuedJobsOrSaysItCouldNot() {
        std::atomic<bool> release{false};
        Executor executor("test", 1, 10);
        executor.trySubmit([&] {
            while (!release) std::this_thread::sleep_for(1ms);
        });
        CPPUNIT_ASSERT(!executor.stop(50ms));
        release = true;
        CPPUNIT_ASSERT(executor.stop(5s));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ExecutorTest);
