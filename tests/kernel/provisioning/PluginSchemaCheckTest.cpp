// At apply time, channel options and plugin configs are checked against the schemas of the plugins that read them.
#include "provisioning/PluginSchemaCheck.h"
#include "support/Thrown.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::plugins::PluginDirectory;
using sluice::plugins::PluginSources;
using sluice::provisioning::ProvisioningPlan;

namespace {

std::string violationOf(const std::string& channels, const std::string& plugins = "[]") {
    PluginSources sources;
    sources.builtInDirectory = SLUICE_PLUGINS_DIR;
    ProvisioningPlan plan = ProvisioningPlan::parse(R"({"channels":)" + channels + R"(,"plugins":)" + plugins + "}");
    return sluice::testsupport::thrownMessage(
        [&] { sluice::provisioning::checkAgainstPlugins(plan, PluginDirectory(sources)); });
}

}  // namespace

class PluginSchemaCheckTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PluginSchemaCheckTest);
    CPPUNIT_TEST(acceptsOptionsTheSchemaDescribes);
    CPPUNIT_TEST(namesTheChannelAndPathOfABadOption);
    CPPUNIT_TEST(leavesProvidersNoPluginServesAlone);
    CPPUNIT_TEST(checksPluginConfigsAndIds);
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

    void checksPluginConfigsAndIds() {
        CPPUNIT_ASSERT_EQUAL(std::string(),
                             violationOf("[]", R"([{"id":"sluice/provider-mock","enabled":true,"config":{"reply":"hi"}}])"));
        CPPUNIT_ASSERT_EQUAL(std::string("plugins[0].config.chunk_delay_ms: value is above the maximum 10000 "
                                         "(config_schema of sluice/provider-mock)"),
                             violationOf("[]", R"([{"id":"sluice/provider-mock","config":{"chunk_delay_ms":20000}}])"));
        CPPUNIT_ASSERT_EQUAL(std::string("plugins[0].id: no plugin 'acme/nothing' is built in or installed"),
                             violationOf("[]", R"([{"id":"acme/nothing","enabled":false}])"));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PluginSchemaCheckTest);
