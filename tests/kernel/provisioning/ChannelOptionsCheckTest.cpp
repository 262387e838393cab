// Channel options are checked against the provider plugin's channel_options_schema at apply time.
#include "provisioning/ChannelOptionsCheck.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::plugins::PluginDirectory;
using sluice::plugins::PluginSources;
using sluice::provisioning::ProvisioningPlan;

namespace {

std::string violationOf(const std::string& channels) {
    PluginSources sources;
    sources.builtInDirectory = SLUICE_PLUGINS_DIR;
    ProvisioningPlan plan = ProvisioningPlan::parse(R"({"channels":)" + channels + "}");
    try {
        sluice::provisioning::checkChannelOptions(plan, PluginDirectory(sources));
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}

}  // namespace

class ChannelOptionsCheckTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ChannelOptionsCheckTest);
    CPPUNIT_TEST(acceptsOptionsTheSchemaDescribes);
    CPPUNIT_TEST(namesTheChannelAndPathOfABadOption);
    CPPUNIT_TEST(leavesProvidersNoPluginServesAlone);
    CPPUNIT_TEST_SUITE_END();

public:
    void acceptsOptionsTheSchemaDescribes() {
        CPPUNIT_ASSERT_EQUAL(std::string(), violationOf(R"([
            {"name":"a","provider":"openai","base_url":"http://127.0.0.1:1/v1","keys":["k"],"models":["m"],
             "options":{"organization":"org-1","headers":{"x-a":"b"}}},
            {"name":"b","provider":"mock","models":["m"],"options":{"chunk_delay_ms":0}}])"));
    }

    void namesTheChannelAndPathOfABadOption() {
        CPPUNIT_ASSERT_EQUAL(
            std::string("channels[1].options.headers.x-a: expected string, got integer (channel_options_schema of "
                        "sluice/provider-openai)"),
            violationOf(R"([{"name":"a","provider":"mock","models":["m"]},
                {"name":"b","provider":"openai","base_url":"http://127.0.0.1:1/v1","keys":["k"],"models":["m"],
                 "options":{"headers":{"x-a":1}}}])"));
        CPPUNIT_ASSERT_EQUAL(
            std::string("channels[0].options.chunk_delay: is not a property the schema allows (channel_options_schema "
                        "of sluice/provider-mock)"),
            violationOf(R"([{"name":"a","provider":"mock","models":["m"],"options":{"chunk_delay":5}}])"));
    }

    void leavesProvidersNoPluginServesAlone() {
        CPPUNIT_ASSERT_EQUAL(std::string(), violationOf(R"([
            {"name":"a","provider":"acme","base_url":"http://127.0.0.1:1","keys":["k"],"models":["m"],
             "options":{"anything":[1]}}])"));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ChannelOptionsCheckTest);
