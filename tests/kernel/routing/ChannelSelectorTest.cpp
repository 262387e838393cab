// Channel order: priority tiers first, weights within a tier.
#include "routing/ChannelSelector.h"

#include <cppunit/extensions/HelperMacros.h>

#include <map>

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
    CPPUNIT_TEST_SUITE_END();

public:
    void higherPriorityAlwaysFirst() {
        auto a = channel("a", 10, 1), b = channel("b", 10, 1), c = channel("c", 0, 100);
        std::mt19937_64 random(1);
        for (int i = 0; i < 200; ++i) {
            auto order = sluice::routing::ChannelSelector::order({a.get(), b.get(), c.get()}, random);
            CPPUNIT_ASSERT_EQUAL(size_t(3), order.size());
            CPPUNIT_ASSERT(order[2] == c.get());
        }
    }

    void weightsSplitFirstAttempts() {
        auto a = channel("a", 5, 3), b = channel("b", 5, 1);
        std::mt19937_64 random(42);
        std::map<std::string, int> first;
        for (int i = 0; i < 8000; ++i) ++first[sluice::routing::ChannelSelector::order({a.get(), b.get()}, random)[0]->name];
        CPPUNIT_ASSERT(first["a"] > 5600 && first["a"] < 6400);  // 3/4 of 8000 = 6000
    }

    void zeroWeightStillServesAsLastResort() {
        auto a = channel("a", 5, 0), b = channel("b", 5, 2);
        std::mt19937_64 random(7);
        for (int i = 0; i < 100; ++i) {
            auto order = sluice::routing::ChannelSelector::order({a.get(), b.get()}, random);
            CPPUNIT_ASSERT(order[0] == b.get() && order[1] == a.get());
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ChannelSelectorTest);
