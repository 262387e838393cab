// The admin plugins page: every value a plugin or the operator supplies is escaped, none can add markup.
#include "admin/PluginsPage.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::admin::renderPluginsPage;
using sluice::plugins::PluginRecord;

namespace {

const std::string kMarkup = "</textarea><h1>x</h1>";
const std::string kEscaped = "&lt;/textarea&gt;&lt;h1&gt;x&lt;/h1&gt;";

PluginRecord loadedPlugin(const std::string& config) {
    PluginRecord record;
    record.directory = "/plugins/demo";
    record.id = "vendor/demo";
    record.kind = "provider";
    record.version = "1.0.0";
    record.loaded = true;
    record.config = config;
    record.origin = "built-in";
    return record;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

class PluginsPageTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PluginsPageTest);
    CPPUNIT_TEST(configCannotCloseItsTextarea);
    CPPUNIT_TEST(everyRenderedValueIsEscaped);
    CPPUNIT_TEST(jsonConfigStaysReadable);
    CPPUNIT_TEST_SUITE_END();

public:
    void configCannotCloseItsTextarea() {
        std::string html = renderPluginsPage({loadedPlugin("{\"note\":\"" + kMarkup + "\"}")});
        CPPUNIT_ASSERT_MESSAGE(html, contains(html, kEscaped));
        CPPUNIT_ASSERT_MESSAGE(html, !contains(html, kMarkup));
        CPPUNIT_ASSERT_MESSAGE(html, !contains(html, "<h1>x"));
    }

    void everyRenderedValueIsEscaped() {
        PluginRecord loaded = loadedPlugin("{}");
        loaded.id = "vendor/\"><h1>id";
        loaded.directory = "/plugins/<h1>dir";
        loaded.kind = "<h1>kind";
        loaded.version = "<h1>version";
        loaded.origin = "signed by <h1>origin";
        PluginRecord refused;
        refused.id = "vendor/refused";
        refused.directory = "/plugins/refused";
        refused.reason = "manifest says <h1>reason";
        std::string html = renderPluginsPage({loaded, refused}, "warning <h1>banner");
        for (const char* value : {"id", "dir", "kind", "version", "origin", "reason", "banner"})
            CPPUNIT_ASSERT_MESSAGE(value, !contains(html, std::string("<h1>") + value));
        CPPUNIT_ASSERT_MESSAGE(html, !contains(html, "\"><h1>"));
        CPPUNIT_ASSERT_MESSAGE(html, contains(html, "&lt;h1&gt;reason"));
        CPPUNIT_ASSERT_MESSAGE(html, contains(html, "warning &lt;h1&gt;banner"));
    }

    void jsonConfigStaysReadable() {
        std::string html = renderPluginsPage({loadedPlugin(R"({"api_base":"https://x.test/v1?a=1&b=2"})")});
        CPPUNIT_ASSERT_MESSAGE(html, contains(html, "{&quot;api_base&quot;:&quot;https://x.test/v1?a=1&amp;b=2&quot;}</textarea>"));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PluginsPageTest);
