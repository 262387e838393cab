// Channel order: priority tiers first, weights within a tier.
#include "routing/ChannelSelector.h"

#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>
#include <map>
#include <set>

using sluice::catalog::Channel;

namespace {

std::unique_ptr<Channel> channel(const std::string& name, int64_t priority, int64_t weight) {
    auto c = std::make_unique<Channel>();
    c->name = name;
    c->priority = priority;
    c->weight = weight;
    return c;
}

}  // namespace

class ChannelSelectorTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ChannelSelectorTest);
    CPPUNIT_TEST(higherPriorityAlwaysFirst);
    CPPUNIT_TEST(weightsSplitFirstAttempts);
    CPPUNIT_TEST(zeroWeightStillServesAsLastResort);
    CPPUNIT_TEST(drawsOnlyTheAttemptsItReturns);
    CPPUNIT_TEST(attemptsGoOnIntoTheNextTier);
    CPPUNIT_TEST(zeroWeightStaysOutOfAShortList);
    CPPUNIT_TEST(returnsNoMoreThanItHasOrIsAskedFor);
    CPPUNIT_TEST_SUITE_END();

public:
    void higherPriorityAlwaysFirst() {
        auto a = channel("a", 10, 1), b = channel("b", 10, 1), c = channel("c", 0, 100);
        std::mt19937_64 random(1);
        for (int i = 0; i < 200; ++i) {
            auto order = sluice::routing::ChannelSelector::order({a.get(), b.get(), c.get()}, random, 3);
            CPPUNIT_ASSERT_EQUAL(size_t(3), order.size());
            CPPUNIT_ASSERT(order[2] == c.get());
        }
    }

    void weightsSplitFirstAttempts() {
        auto a = channel("a", 5, 3), b = channel("b", 5, 1);
        std::mt19937_64 random(42);
        std::map<std::string, int> first;
        for (int i = 0; i < 8000; ++i) ++first[sluice::routing::ChannelSelector::order({a.get(), b.get()}, random, 3)[0]->name];
        CPPUNIT_ASSERT(first["a"] > 5600 && first["a"] < 6400);  // 3/4 of 8000 = 6000
    }

    void zeroWeightStillServesAsLastResort() {
        auto a = channel("a", 5, 0), b = channel("b", 5, 2);
        std::mt19937_64 random(7);
        for (int i = 0; i < 100; ++i) {
            auto order = sluice::routing::ChannelSelector::order({a.get(), b.get()}, random, 3);
            CPPUNIT_ASSERT(order[0] == b.get() && order[1] == a.get());
        }
    }

    void drawsOnlyTheAttemptsItReturns() {
        std::vector<std::unique_ptr<Channel>> tier;
        std::vector<const Channel*> candidates;
        for (int i = 0; i < 1000; ++i) {
            tier.push_back(channel("c" + std::to_string(i), 1, 1 + i % 4));
            candidates.push_back(tier.back().get());
        }
        std::mt19937_64 random(3);
        std::set<const Channel*> firsts;
        for (int i = 0; i < 50; ++i) {
            auto order = sluice::routing::ChannelSelector::order(candidates, random, 3);
            CPPUNIT_ASSERT_EQUAL(size_t(3), order.size());
            CPPUNIT_ASSERT_EQUAL(size_t(3), std::set<const Channel*>(order.begin(), order.end()).size());
            firsts.insert(order[0]);
        }
        CPPUNIT_ASSERT(firsts.size() > 40);  // drawn across the tier, not its head
    }

    void zeroWeightStaysOutOfAShortList() {
        auto zero = channel("zero", 5, 0), a = channel("a", 5, 1), b = channel("b", 5, 1), c = channel("c", 5, 1);
        std::mt19937_64 random(11);
        for (int i = 0; i < 200; ++i) {
            auto order = sluice::routing::ChannelSelector::order({zero.get(), a.get(), b.get(), c.get()}, random, 3);
            CPPUNIT_ASSERT_EQUAL(size_t(3), order.size());
            CPPUNIT_ASSERT(std::find(order.begin(), order.end(), zero.get()) == order.end());
        }
    }

    void returnsNoMoreThanItHasOrIsAskedFor() {
        auto a = channel("a", 5, 1), b = channel("b", 1, 1);
        std::mt19937_64 random(13);
        CPPUNIT_ASSERT_EQUAL(size_t(2), sluice::routing::ChannelSelector::order({a.get(), b.get()}, random, 3).size());
        CPPUNIT_ASSERT(sluice::routing::ChannelSelector::order({a.get(), b.get()}, random, 0).empty());
        CPPUNIT_ASSERT(sluice::routing::ChannelSelector::order({}, random, 3).empty());
    }

    void attemptsGoOnIntoTheNextTier() {
        auto a = channel("a", 9, 1), b = channel("b", 9, 1), c = channel("c", 1, 1), d = channel("d", 1, 1);
        std::mt19937_64 random(5);
        std::map<std::string, int> third;
        for (int i = 0; i < 400; ++i) {
            auto order = sluice::routing::ChannelSelector::order({a.get(), b.get(), c.get(), d.get()}, random, 3);
            CPPUNIT_ASSERT_EQUAL(size_t(3), order.size());
            CPPUNIT_ASSERT(order[0]->priority == 9 && order[1]->priority == 9 && order[2]->priority == 1);
            ++third[order[2]->name];
        }
        CPPUNIT_ASSERT(third["c"] > 140 && third["d"] > 140);  // the next tier is drawn too, about 200 each
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ChannelSelectorTest);
