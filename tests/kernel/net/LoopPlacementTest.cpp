// How many loops the server runs, and which CPU each is given.
#include "net/LoopPlacement.h"

#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>
#include <thread>

using sluice::net::LoopPlacement;

class LoopPlacementTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(LoopPlacementTest);
    CPPUNIT_TEST(oneLoopPerCpuIsPinnedWhenAsked);
    CPPUNIT_TEST(otherCountsFloat);
    CPPUNIT_TEST(unknownCpusFallBackToTheCoreCount);
    CPPUNIT_TEST(oneCpuHasNothingToChoose);
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

    void unknownCpusFallBackToTheCoreCount() {
        const LoopPlacement placement = LoopPlacement::decide(0, true, {});
        CPPUNIT_ASSERT_EQUAL(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())), placement.loops);
        CPPUNIT_ASSERT(placement.cpus.empty());
    }

    void oneCpuHasNothingToChoose() {
        const LoopPlacement placement = LoopPlacement::decide(0, true, {3});
        CPPUNIT_ASSERT_EQUAL(1, placement.loops);
        CPPUNIT_ASSERT(placement.cpus.empty());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(LoopPlacementTest);
