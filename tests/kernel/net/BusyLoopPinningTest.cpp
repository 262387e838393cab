// A loop is kept on its CPU while it is busy and let go again when it is quiet.
#include "net/BusyLoopPinning.h"

#include "support/ThreadCpus.h"
#include "util/CpuAffinity.h"

#include <cppunit/extensions/HelperMacros.h>

#include <atomic>
#include <thread>

using namespace std::chrono_literals;
using sluice::net::BusyLoopPinning;
using sluice::net::EventLoop;
using sluice::testsupport::cpusOf;

namespace {

/** Spends `duration` of CPU on the calling thread. */
void burn(std::chrono::milliseconds duration) {
    const auto end = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < end) {
    }
}

/** Waits up to 5 s for `condition`. */
template <typename Condition>
bool eventually(Condition condition) {
    for (auto end = std::chrono::steady_clock::now() + 5s; std::chrono::steady_clock::now() < end;) {
        if (condition()) return true;
        std::this_thread::sleep_for(10ms);
    }
    return condition();
}

}  // namespace

class BusyLoopPinningTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(BusyLoopPinningTest);
    CPPUNIT_TEST(decidesWithHysteresis);
    CPPUNIT_TEST(keepsABusyLoopOnItsCpuAndLetsAQuietOneGo);
    CPPUNIT_TEST_SUITE_END();

public:
    void decidesWithHysteresis() {
        CPPUNIT_ASSERT(!BusyLoopPinning::shouldPin(false, 0.0));
        CPPUNIT_ASSERT(!BusyLoopPinning::shouldPin(false, 0.2));
        CPPUNIT_ASSERT(BusyLoopPinning::shouldPin(false, 0.25));
        CPPUNIT_ASSERT(BusyLoopPinning::shouldPin(false, 1.0));
        CPPUNIT_ASSERT(BusyLoopPinning::shouldPin(true, 0.2));  // between the thresholds: stays as it is
        CPPUNIT_ASSERT(BusyLoopPinning::shouldPin(true, 0.1));
        CPPUNIT_ASSERT(!BusyLoopPinning::shouldPin(true, 0.05));
    }

    void keepsABusyLoopOnItsCpuAndLetsAQuietOneGo() {
        const std::vector<int> every = sluice::util::processCpus();
        const int cpu = every.back();
        EventLoop loop;
        BusyLoopPinning pinning(loop, cpu, 50ms);
        std::atomic<bool> busy{true};
        std::function<void()> work = [&] {
            if (!busy) return;
            burn(5ms);
            loop.runAfter(0ms, work);
        };
        loop.post([&] {
            pinning.start();
            work();
        });
        std::thread thread([&] { loop.run(); });
        const pthread_t handle = thread.native_handle();
        const bool keptWhileBusy = eventually([&] { return pinning.pinned(); });
        const std::vector<int> busyCpus = cpusOf(handle);
        busy = false;
        const bool letGoWhenQuiet = eventually([&] { return !pinning.pinned(); });
        const std::vector<int> quietCpus = cpusOf(handle);
        loop.stop();
        thread.join();
        CPPUNIT_ASSERT(keptWhileBusy);
        CPPUNIT_ASSERT(busyCpus == std::vector<int>{cpu});
        CPPUNIT_ASSERT(letGoWhenQuiet);
        CPPUNIT_ASSERT(quietCpus == every);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(BusyLoopPinningTest);
