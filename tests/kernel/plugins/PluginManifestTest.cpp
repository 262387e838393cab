// Manifest validation: each field's rule, with the field named in the error.
#include "plugins/PluginManifest.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::plugins::PluginManifest;

namespace {

const std::string kGood = R"({"id":"acme/acme-chat","kind":"provider","version":"1.2.3","provider":"acme",
  "library":"libacme.so","abi":{"major":1,"min_minor":0},"config_schema":{"type":"object"},
  "permissions":{"egress":["api.acme.example"],"host_services":["log"]}})";

std::string errorOf(const std::string& json) {
    try {
        PluginManifest::parse(json);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}

std::string with(const std::string& from, const std::string& to) {
    std::string s = kGood;
    s.replace(s.find(from), from.size(), to);
    return s;
}

}  // namespace

class PluginManifestTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PluginManifestTest);
    CPPUNIT_TEST(parsesGoodManifest);
    CPPUNIT_TEST(namesEachBadField);
    CPPUNIT_TEST_SUITE_END();

public:
    void parsesGoodManifest() {
        PluginManifest m = PluginManifest::parse(kGood);
        CPPUNIT_ASSERT_EQUAL(std::string("acme/acme-chat"), m.id);
        CPPUNIT_ASSERT_EQUAL(SLUICE_KIND_PROVIDER, m.kind);
        CPPUNIT_ASSERT_EQUAL(std::string("acme"), m.provider);
        CPPUNIT_ASSERT_EQUAL(1u, m.abiMajor);
        CPPUNIT_ASSERT_EQUAL(std::string("api.acme.example"), m.egressHosts.at(0));
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"type":"object"})"), m.configSchemaJson);
        CPPUNIT_ASSERT(m.formats.empty());
        PluginManifest native = PluginManifest::parse(with(R"("provider":"acme",)", R"("provider":"acme","formats":["anthropic-messages"],)"));
        CPPUNIT_ASSERT_EQUAL(std::string("anthropic-messages"), native.formats.at(0));
        CPPUNIT_ASSERT(errorOf(with(R"("provider":"acme",)", R"("provider":"acme","formats":"anthropic-messages",)")).find("manifest.formats") == 0);
    }

    void namesEachBadField() {
        CPPUNIT_ASSERT(errorOf("[]").find("manifest:") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("id":"acme/acme-chat",)", "")).find("manifest.id") == 0);
        CPPUNIT_ASSERT(errorOf(with("acme/acme-chat", "Acme Chat")).find("manifest.id") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("kind":"provider")", R"("kind":"painter")")).find("manifest.kind") == 0);
        CPPUNIT_ASSERT(errorOf(with("1.2.3", "one")).find("manifest.version") == 0);
        CPPUNIT_ASSERT(errorOf(with("libacme.so", "../libacme.so")).find("manifest.library") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("provider":"acme",)", "")).find("manifest.provider") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("major":1)", R"("major":"1")")).find("manifest.abi.major") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"({"type":"object"})", "7")).find("manifest.config_schema") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"(["log"])", R"("log")")).find("manifest.permissions.host_services") == 0);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PluginManifestTest);
