// Which channels a request may try: the catalog's index by group and model.
#include "catalog/Catalog.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::catalog::Catalog;
using sluice::catalog::Channel;

namespace {

struct ChannelSpec {
    std::string name;
    int64_t priority;
    std::vector<std::string> models;
    std::vector<std::string> groups = {"default"};
    bool enabled = true;
};

Catalog catalogOf(const std::vector<ChannelSpec>& specs) {
    std::vector<std::unique_ptr<Channel>> channels;
    for (const ChannelSpec& spec : specs) {
        auto channel = std::make_unique<Channel>();
        channel->name = spec.name;
        channel->priority = spec.priority;
        channel->models = spec.models;
        channel->groups = spec.groups;
        channel->enabled = spec.enabled;
        channels.push_back(std::move(channel));
    }
    return Catalog(std::move(channels), {}, 1);
}

std::string names(const std::vector<const Channel*>& channels) {
    std::string out;
    for (const Channel* channel : channels) out += (out.empty() ? "" : ",") + channel->name;
    return out;
}

}  // namespace

class CatalogTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(CatalogTest);
    CPPUNIT_TEST(namedAndAnyModelChannelsComeInPriorityOrder);
    CPPUNIT_TEST(equalPrioritiesKeepTheirProvisionedOrder);
    CPPUNIT_TEST(channelsKeepToTheirGroups);
    CPPUNIT_TEST(aChannelListedTwiceIsOfferedOnce);
    CPPUNIT_TEST_SUITE_END();

public:
    void namedAndAnyModelChannelsComeInPriorityOrder() {
        Catalog catalog = catalogOf({{"low", 1, {"gpt"}},
                                     {"any", 5, {"*"}},
                                     {"high", 10, {"gpt", "other"}},
                                     {"elsewhere", 7, {"other"}},
                                     {"off", 20, {"gpt"}, {"default"}, false}});
        CPPUNIT_ASSERT_EQUAL(std::string("high,any,low"), names(catalog.channelsFor("gpt", "default")));
        CPPUNIT_ASSERT_EQUAL(std::string("high,elsewhere,any"), names(catalog.channelsFor("other", "default")));
        CPPUNIT_ASSERT_EQUAL(std::string("any"), names(catalog.channelsFor("unlisted", "default")));
        CPPUNIT_ASSERT_EQUAL(std::string("any"), names(catalog.channelsFor("*", "default")));  // "*" names no model
    }

    void equalPrioritiesKeepTheirProvisionedOrder() {
        Catalog catalog = catalogOf({{"b", 3, {"gpt"}}, {"a", 3, {"*"}}, {"c", 3, {"gpt"}}});
        CPPUNIT_ASSERT_EQUAL(std::string("b,a,c"), names(catalog.channelsFor("gpt", "default")));
    }

    void channelsKeepToTheirGroups() {
        Catalog catalog = catalogOf({{"vip-only", 9, {"gpt"}, {"vip"}}, {"both", 1, {"gpt"}, {"default", "vip"}}});
        CPPUNIT_ASSERT_EQUAL(std::string("both"), names(catalog.channelsFor("gpt", "default")));
        CPPUNIT_ASSERT_EQUAL(std::string("vip-only,both"), names(catalog.channelsFor("gpt", "vip")));
        CPPUNIT_ASSERT(catalog.channelsFor("gpt", "nobody").empty());
    }

    void aChannelListedTwiceIsOfferedOnce() {
        Catalog catalog = catalogOf({{"twice", 2, {"gpt", "gpt"}, {"default", "default"}}, {"wild", 1, {"*", "gpt", "*"}}});
        CPPUNIT_ASSERT_EQUAL(std::string("twice,wild"), names(catalog.channelsFor("gpt", "default")));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(CatalogTest);
