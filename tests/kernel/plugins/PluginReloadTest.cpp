// Reloading plugins at run time: unchanged instances are kept, changed ones are
// created beside the old, which drain; refusals leave the previous instance serving.
#include "kernel/plugins/TinyProviderCall.h"
#include "metrics/MetricsRegistry.h"
#include "plugins/PluginHost.h"
#include "support/TempDir.h"

#include <Poco/File.h>

#include <cppunit/extensions/HelperMacros.h>

using sluice::plugins::PluginHost;
using sluice::plugins::PluginRecord;
using sluice::plugins::PluginSources;
using sluice::plugins::ProviderPlugin;
using sluice::testsupport::builtUrl;

namespace {

const std::string kTinyId = "test/good-provider";

PluginSources testPlugins() {
    PluginSources sources;
    sources.builtInDirectory = SLUICE_TEST_PLUGINS_DIR;
    return sources;
}

const PluginRecord& recordOf(const PluginHost& host, const std::string& directory) {
    for (const auto& r : host.current()->records())
        if (r.directory == directory) return r;
    throw std::runtime_error("no record for " + directory);
}

}  // namespace

class PluginReloadTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PluginReloadTest);
    CPPUNIT_TEST(unchangedPluginKeepsItsInstance);
    CPPUNIT_TEST(newConfigMakesANewInstanceWhileTheOldOneDrains);
    CPPUNIT_TEST(configAgainstTheSchemaIsRefusedAndTheOldInstanceKeepsServing);
    CPPUNIT_TEST(installedPackageSupersedesTheBuiltInPlugin);
    CPPUNIT_TEST(installedFolderFailingVerificationIsRefusedBeforeItsCodeRuns);
    CPPUNIT_TEST(isolatedProviderRunsInAChildAndSwitchingIsolationMakesANewInstance);
    CPPUNIT_TEST(disablingLetsTheInstanceDrainAndEnablingMakesANewOne);
    CPPUNIT_TEST_SUITE_END();

public:
    void unchangedPluginKeepsItsInstance() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        auto first = host.load(testPlugins())->provider("tiny");
        auto second = host.load(testPlugins())->provider("tiny");
        CPPUNIT_ASSERT(first);
        CPPUNIT_ASSERT(first == second);
    }

    void newConfigMakesANewInstanceWhileTheOldOneDrains() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        std::shared_ptr<const ProviderPlugin> inFlight = host.load(testPlugins())->provider("tiny");
        std::weak_ptr<const ProviderPlugin> watch = inFlight;
        PluginSources configured = testPlugins();
        configured.configs[kTinyId] = R"({"region":"eu"})";
        auto fresh = host.load(configured)->provider("tiny");
        CPPUNIT_ASSERT(fresh && fresh != inFlight);
        CPPUNIT_ASSERT_EQUAL(std::string("http://127.0.0.1:1/chat/completions"), builtUrl(*inFlight));
        CPPUNIT_ASSERT(!watch.expired());
        inFlight.reset();
        CPPUNIT_ASSERT_MESSAGE("the old instance is destroyed once its last request let go", watch.expired());
    }

    void configAgainstTheSchemaIsRefusedAndTheOldInstanceKeepsServing() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        PluginSources sources;
        sources.builtInDirectory = SLUICE_PLUGINS_DIR;
        auto before = host.load(sources)->provider("openai");
        sources.configs["sluice/provider-openai"] = R"({"bogus":1})";
        auto after = host.load(sources);
        CPPUNIT_ASSERT(after->provider("openai") == before);
        const PluginRecord* record = nullptr;
        for (const auto& r : after->records())
            if (r.id == "sluice/provider-openai") record = &r;
        CPPUNIT_ASSERT(record);
        CPPUNIT_ASSERT_EQUAL(std::string("config does not match config_schema: $.bogus: is not a property the schema "
                                         "allows; version 1.0.0 keeps serving"),
                             record->reason);
    }

    void installedPackageSupersedesTheBuiltInPlugin() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        sluice::testsupport::TempDir installed;
        Poco::File(std::string(SLUICE_TEST_PLUGINS_DIR) + "/good_provider").copyTo(installed.path());
        PluginSources sources = testPlugins();
        sources.installDirectory = installed.path();
        sources.verifyInstalled = [](const std::string&) { return std::string("signed by key 0123456789abcdef"); };
        auto set = host.load(sources);
        const PluginRecord& winner = recordOf(host, installed.path() + "/good_provider");
        CPPUNIT_ASSERT_MESSAGE(winner.reason, winner.loaded);
        CPPUNIT_ASSERT_EQUAL(std::string("signed by key 0123456789abcdef"), winner.origin);
        const PluginRecord& builtIn = recordOf(host, std::string(SLUICE_TEST_PLUGINS_DIR) + "/good_provider");
        CPPUNIT_ASSERT(!builtIn.loaded);
        CPPUNIT_ASSERT_EQUAL("superseded by the installed package in " + installed.path() + "/good_provider",
                             builtIn.reason);
        CPPUNIT_ASSERT(set->provider("tiny"));
    }

    void installedFolderFailingVerificationIsRefusedBeforeItsCodeRuns() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        sluice::testsupport::TempDir installed;
        Poco::File(std::string(SLUICE_TEST_PLUGINS_DIR) + "/good_provider").copyTo(installed.path());
        PluginSources sources;
        sources.installDirectory = installed.path();
        sources.verifyInstalled = [](const std::string&) -> std::string {
            throw std::invalid_argument("lib/linux-x86_64/libgood_provider.so: contents do not match FILES.sha256");
        };
        auto set = host.load(sources);
        const PluginRecord& record = recordOf(host, installed.path() + "/good_provider");
        CPPUNIT_ASSERT(!record.loaded);
        CPPUNIT_ASSERT_EQUAL(std::string("lib/linux-x86_64/libgood_provider.so: contents do not match FILES.sha256"),
                             record.reason);
        CPPUNIT_ASSERT(!set->provider("tiny"));
    }

    void isolatedProviderRunsInAChildAndSwitchingIsolationMakesANewInstance() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        PluginSources sources = testPlugins();
        sources.isolated = {kTinyId};
        sources.runnerExecutable = SLUICE_BINARY;
        auto isolated = host.load(sources)->provider("tiny");
        CPPUNIT_ASSERT(isolated);
        CPPUNIT_ASSERT_EQUAL(std::string("http://127.0.0.1:1/chat/completions"), builtUrl(*isolated));
        const PluginRecord& record = recordOf(host, std::string(SLUICE_TEST_PLUGINS_DIR) + "/good_provider");
        CPPUNIT_ASSERT_EQUAL(std::string("built-in, isolated in a plugin-runner process"), record.origin);
        CPPUNIT_ASSERT(host.load(sources)->provider("tiny") == isolated);
        sources.isolated.clear();
        auto inProcess = host.load(sources)->provider("tiny");
        CPPUNIT_ASSERT(inProcess && inProcess != isolated);
    }

    void disablingLetsTheInstanceDrainAndEnablingMakesANewOne() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        PluginSources sources = testPlugins();
        std::shared_ptr<const ProviderPlugin> inFlight = host.load(sources)->provider("tiny");
        std::weak_ptr<const ProviderPlugin> watch = inFlight;
        sources.disabled = {kTinyId};
        auto set = host.load(sources);
        CPPUNIT_ASSERT(!set->provider("tiny"));
        CPPUNIT_ASSERT(recordOf(host, std::string(SLUICE_TEST_PLUGINS_DIR) + "/good_provider").loaded);
        CPPUNIT_ASSERT_EQUAL(std::string("http://127.0.0.1:1/chat/completions"), builtUrl(*inFlight));
        inFlight.reset();
        CPPUNIT_ASSERT(watch.expired());
        sources.disabled.clear();
        CPPUNIT_ASSERT(host.load(sources)->provider("tiny"));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PluginReloadTest);
