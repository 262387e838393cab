// The plugin host refuses each broken plugin with its reason and keeps the good ones working.
#include "kernel/plugins/TinyProviderCall.h"
#include "metrics/MetricsRegistry.h"
#include "plugins/PluginHost.h"

#include <cppunit/extensions/HelperMacros.h>

#include <cstdlib>

using sluice::plugins::PluginHost;
using sluice::plugins::ProviderPlugin;
using sluice::plugins::PluginSources;
using sluice::plugins::PluginRecord;
using sluice::testsupport::builtUrl;

namespace {

PluginSources builtIn(const std::string& directory) {
    PluginSources sources;
    sources.builtInDirectory = directory;
    return sources;
}

const PluginRecord& recordFor(const PluginHost& host, const std::string& folderName) {
    for (const auto& r : host.current()->records())
        if (r.directory.size() >= folderName.size() &&
            r.directory.compare(r.directory.size() - folderName.size(), folderName.size(), folderName) == 0)
            return r;
    throw std::runtime_error("no record for " + folderName);
}

void assertRefused(const PluginHost& host, const std::string& folder, const std::string& reasonPart) {
    const PluginRecord& r = recordFor(host, folder);
    CPPUNIT_ASSERT_MESSAGE(folder + " should be refused", !r.loaded);
    CPPUNIT_ASSERT_MESSAGE(folder + ": '" + r.reason + "' lacks '" + reasonPart + "'", r.reason.find(reasonPart) != std::string::npos);
}

/** The loaded provider plugin serving name; fails the test when the plugin was refused. */
std::shared_ptr<const ProviderPlugin> loadedProvider(const PluginHost& host, const std::string& folder,
                                                     const std::string& name) {
    const PluginRecord& r = recordFor(host, folder);
    CPPUNIT_ASSERT_MESSAGE(folder + ": " + r.reason, r.loaded);
    auto provider = host.current()->provider(name);
    CPPUNIT_ASSERT_MESSAGE(name + " is not served", provider);
    return provider;
}

}  // namespace

class PluginHostTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PluginHostTest);
    CPPUNIT_TEST(loadsBuiltInPlugins);
    CPPUNIT_TEST(refusesEachBrokenPluginWithItsReason);
    CPPUNIT_TEST(extraExportsAreRefusedBeforeAnyCodeRuns);
    CPPUNIT_TEST(goodPluginAmongBrokenOnesWorks);
    CPPUNIT_TEST(pluginsBuiltAgainstFrozenOlderHeadersLoad);
    CPPUNIT_TEST(tablesAreReadAsFarAsBothSidesKnow);
    CPPUNIT_TEST(hostServicesNeedTheirPermission);
    CPPUNIT_TEST(missingDirectoryLoadsNothing);
    CPPUNIT_TEST_SUITE_END();

public:
    void loadsBuiltInPlugins() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        host.load(builtIn(SLUICE_PLUGINS_DIR));
        CPPUNIT_ASSERT_EQUAL(size_t(4), host.current()->records().size());
        for (const auto& r : host.current()->records()) CPPUNIT_ASSERT_MESSAGE(r.id + ": " + r.reason, r.loaded);
        CPPUNIT_ASSERT(host.current()->provider("openai"));
        CPPUNIT_ASSERT(host.current()->provider("anthropic")->speaksNatively("anthropic-messages"));
        CPPUNIT_ASSERT(!host.current()->provider("openai")->speaksNatively("anthropic-messages"));
        CPPUNIT_ASSERT(host.current()->provider("mock")->servesLocally());
        CPPUNIT_ASSERT(!host.current()->provider("openai")->servesLocally());
        CPPUNIT_ASSERT_EQUAL(size_t(1), host.current()->authSchemes().size());
    }

    void refusesEachBrokenPluginWithItsReason() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        host.load(builtIn(SLUICE_TEST_PLUGINS_DIR));
        assertRefused(host, "missing_entry", "does not export sluice_plugin_entry_v1");
        assertRefused(host, "wrong_major", "built for ABI major 2");
        assertRefused(host, "newer_minor", "needs ABI 1.3");
        assertRefused(host, "id_mismatch", "descriptor id 'test/someone-else' does not match manifest id 'test/id-mismatch'");
        assertRefused(host, "version_mismatch", "descriptor version '2.0.0' does not match");
        assertRefused(host, "kind_mismatch", "descriptor kind 'provider' does not match manifest kind 'auth'");
        assertRefused(host, "entry_throws", "entry point threw: boom from entry");
        assertRefused(host, "entry_returns_null", "returned NULL");
        assertRefused(host, "create_fails", "create failed: api_base is required");
        assertRefused(host, "bad_manifest", "manifest.version");
        assertRefused(host, "not_a_library", "not a loadable shared library");
    }

    void extraExportsAreRefusedBeforeAnyCodeRuns() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        host.load(builtIn(SLUICE_TEST_PLUGINS_DIR));
        assertRefused(host, "exports_extra_symbol", "library exports acme_helper_version besides sluice_plugin_entry_v1");
        CPPUNIT_ASSERT_MESSAGE("the refused library's code ran", !std::getenv("SLUICE_TEST_EXTRA_EXPORT_RAN"));
    }

    void goodPluginAmongBrokenOnesWorks() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        host.load(builtIn(SLUICE_TEST_PLUGINS_DIR));
        auto tiny = loadedProvider(host, "good_provider", "tiny");
        CPPUNIT_ASSERT_EQUAL(std::string("http://127.0.0.1:1/chat/completions"), builtUrl(*tiny));
        CPPUNIT_ASSERT(!host.current()->provider("major"));
    }

    void pluginsBuiltAgainstFrozenOlderHeadersLoad() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        host.load(builtIn(SLUICE_TEST_PLUGINS_DIR));
        for (const std::string minor : {"0", "1"}) {
            auto frozen = loadedProvider(host, "built_against_v1_" + minor, "frozen-1-" + minor);
            CPPUNIT_ASSERT_EQUAL(std::string("http://127.0.0.1:1/chat/completions"), builtUrl(*frozen));
        }
    }

    void tablesAreReadAsFarAsBothSidesKnow() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        host.load(builtIn(SLUICE_TEST_PLUGINS_DIR));
        auto shorter = loadedProvider(host, "shorter_vtable", "shorter");
        CPPUNIT_ASSERT_MESSAGE("serve_locally lies past the vtable's struct_size", !shorter->servesLocally());
        auto longer = loadedProvider(host, "longer_tables", "longer");
        for (const auto& provider : {shorter, longer})
            CPPUNIT_ASSERT_EQUAL(std::string("http://127.0.0.1:1/chat/completions"), builtUrl(*provider));
    }

    void hostServicesNeedTheirPermission() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        host.load(builtIn(SLUICE_TEST_PLUGINS_DIR));
        CPPUNIT_ASSERT(recordFor(host, "counts_with_permission").loaded);
        CPPUNIT_ASSERT_EQUAL(int64_t(1), metrics.value("sluice_plugin_counter_total",
                                                       R"(plugin="test/counts-with-permission",name="created")"));
        assertRefused(host, "counts_without_permission", "create failed: counter_add denied");
        CPPUNIT_ASSERT_EQUAL(int64_t(1), metrics.value("sluice_plugin_denied_calls_total",
                                                       R"(plugin="test/counts-without-permission",service="counter_add")"));
        CPPUNIT_ASSERT(metrics.renderPrometheus().find("# TYPE sluice_plugin_counter_total counter") != std::string::npos);
    }

    void missingDirectoryLoadsNothing() {
        sluice::metrics::MetricsRegistry metrics;
        PluginHost host(metrics);
        host.load(builtIn("/nonexistent/plugins"));
        CPPUNIT_ASSERT(host.current()->records().empty());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PluginHostTest);
