// How many loops the server runs, and which CPU each is kept on.
#include "net/LoopPlacement.h"

#include "support/ThreadCpus.h"

#include <cppunit/extensions/HelperMacros.h>

#include <future>
#include <thread>

using sluice::net::LoopPlacement;
using sluice::testsupport::cpusOf;

class LoopPlacementTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(LoopPlacementTest);
    CPPUNIT_TEST(oneLoopPerCpuIsPinnedWhenAsked);
    CPPUNIT_TEST(otherCountsFloat);
    CPPUNIT_TEST(noKnownCpuStillGivesOneLoop);
    CPPUNIT_TEST(pinKeepsAThreadOnItsCpu);
    CPPUNIT_TEST(pinRefusesWhatItCannotDo);
    CPPUNIT_TEST_SUITE_END();

public:
    void oneLoopPerCpuIsPinnedWhenAsked() {
        const LoopPlacement byDefault = LoopPlacement::decide(0, true, {2, 5});
        CPPUNIT_ASSERT_EQUAL(2, byDefault.loops);
        CPPUNIT_ASSERT(byDefault.cpus == std::vector<int>({2, 5}));
        const LoopPlacement configured = LoopPlacement::decide(2, true, {0, 1});
        CPPUNIT_ASSERT(configured.cpus == std::vector<int>({0, 1}));
        const LoopPlacement off = LoopPlacement::decide(0, false, {0, 1});
        CPPUNIT_ASSERT_EQUAL(2, off.loops);
        CPPUNIT_ASSERT(off.cpus.empty());
    }

    void otherCountsFloat() {
        const LoopPlacement fewer = LoopPlacement::decide(1, true, {0, 1});
        CPPUNIT_ASSERT_EQUAL(1, fewer.loops);
        CPPUNIT_ASSERT(fewer.cpus.empty());
        const LoopPlacement more = LoopPlacement::decide(3, true, {0, 1});
        CPPUNIT_ASSERT_EQUAL(3, more.loops);
        CPPUNIT_ASSERT(more.cpus.empty());
    }

    void noKnownCpuStillGivesOneLoop() {
        const LoopPlacement placement = LoopPlacement::decide(0, true, {});
        CPPUNIT_ASSERT_EQUAL(1, placement.loops);
        CPPUNIT_ASSERT(placement.cpus.empty());
    }

    void pinKeepsAThreadOnItsCpu() {
        const int cpu = cpusOf(pthread_self()).back();
        const LoopPlacement placement{2, {-1, cpu}};
        std::promise<void> release;
        std::thread loop([done = release.get_future()]() mutable { done.wait(); });
        CPPUNIT_ASSERT(placement.pin(loop.native_handle(), 1));
        const std::vector<int> kept = cpusOf(loop.native_handle());
        release.set_value();
        loop.join();
        CPPUNIT_ASSERT(kept == std::vector<int>{cpu});
    }

    void pinRefusesWhatItCannotDo() {
        const LoopPlacement placement{3, {-1, CPU_SETSIZE - 1}};
        const std::vector<int> before = cpusOf(pthread_self());
        CPPUNIT_ASSERT(!placement.pin(pthread_self(), 0));  // not a CPU
        CPPUNIT_ASSERT(!placement.pin(pthread_self(), 2));  // no CPU for this loop
        if (before.back() < CPU_SETSIZE - 1) CPPUNIT_ASSERT(!placement.pin(pthread_self(), 1));  // not on this machine
        CPPUNIT_ASSERT(cpusOf(pthread_self()) == before);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(LoopPlacementTest);
