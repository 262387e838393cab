// A loop is kept on its CPU while it is busy and let go again when it is quiet.
#include "net/BusyLoopPinning.h"

#include "support/ThreadCpus.h"
#include "util/CpuAffinity.h"

#include <cppunit/extensions/HelperMacros.h>

#include <atomic>
#include <future>
#include <memory>
#include <thread>

using namespace std::chrono_literals;
using sluice::net::BusyLoopPinning;
using sluice::net::EventLoop;
using sluice::testsupport::burnCpu;
using sluice::testsupport::cpusOf;

namespace {

/** Waits up to 10 s for `condition`. */
template <typename Condition>
bool eventually(Condition condition) {
    for (auto end = std::chrono::steady_clock::now() + 10s; std::chrono::steady_clock::now() < end;) {
        if (condition()) return true;
        std::this_thread::sleep_for(20ms);
    }
    return condition();
}

/** Whether, seen from the loop's own thread, the pinning says `pinned` and the thread may run on `cpus`. */
bool loopSees(EventLoop& loop, const BusyLoopPinning& pinning, bool pinned, const std::vector<int>& cpus) {
    auto seen = std::make_shared<std::promise<bool>>();
    std::future<bool> answer = seen->get_future();
    loop.post([&pinning, pinned, cpus, seen] { seen->set_value(pinning.pinned() == pinned && cpusOf(pthread_self()) == cpus); });
    return answer.wait_for(1s) == std::future_status::ready && answer.get();
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
        BusyLoopPinning pinning(loop, cpu, 100ms);
        std::atomic<bool> busy{true};
        std::function<void()> work = [&] {
            if (!busy) return;
            burnCpu(5ms);
            loop.runAfter(0ms, work);
        };
        loop.post([&] {
            pinning.start();
            work();
        });
        std::thread thread([&] { loop.run(); });
        const bool keptWhileBusy = eventually([&] { return loopSees(loop, pinning, true, {cpu}); });
        busy = false;
        const bool letGoWhenQuiet = eventually([&] { return loopSees(loop, pinning, false, every); });
        loop.stop();
        thread.join();
        CPPUNIT_ASSERT(keptWhileBusy);
        CPPUNIT_ASSERT(letGoWhenQuiet);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(BusyLoopPinningTest);
