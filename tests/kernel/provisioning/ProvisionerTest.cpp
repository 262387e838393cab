// Applying provisioning to a real SQLite store: idempotent, hashed keys, all or nothing.
#include "provisioning/Provisioner.h"
#include "store/ChannelStore.h"
#include "store/ConfigVersion.h"
#include "store/PluginSettingsStore.h"
#include "store/Migrator.h"
#include "store/TokenStore.h"
#include "support/TempDir.h"
#include "util/Secrets.h"

#include <cppunit/extensions/HelperMacros.h>
#include <soci/soci.h>

using namespace sluice;

namespace {

const std::string kFile = R"({"channels":[{"name":"primary","provider":"openai","base_url":"http://127.0.0.1:1/v1",
  "keys":["sk-up"],"models":["gpt-4o-mini"],"priority":10}],
  "tokens":[{"name":"ci","key":"sk-test-0001","quota":5},{"name":"generated"}]})";

struct Store {
    testsupport::TempDir dir;
    store::Database database{dir.sqliteUrl(), 2};
    Store() { store::Migrator(database, store::embeddedMigrations()).migrate(); }
};

}  // namespace

class ProvisionerTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ProvisionerTest);
    CPPUNIT_TEST(appliesAndStoresOnlyKeyHashes);
    CPPUNIT_TEST(reapplyingIsIdempotentAndKeepsGeneratedKeys);
    CPPUNIT_TEST(failedApplyChangesNothing);
    CPPUNIT_TEST(createTokenRefusesDuplicateName);
    CPPUNIT_TEST(pluginEntriesSwitchAndConfigureWithoutTouchingTheRest);
    CPPUNIT_TEST_SUITE_END();

public:
    void appliesAndStoresOnlyKeyHashes() {
        Store s;
        auto result = provisioning::Provisioner(s.database).apply(provisioning::ProvisioningPlan::parse(kFile));
        CPPUNIT_ASSERT_EQUAL(size_t(1), result.channels);
        CPPUNIT_ASSERT_EQUAL(size_t(1), result.generatedKeys.size());
        CPPUNIT_ASSERT_EQUAL(std::string("generated"), result.generatedKeys[0].first);
        soci::session sql(s.database.pool());
        auto tokens = store::TokenStore::loadAll(sql);
        CPPUNIT_ASSERT_EQUAL(util::sha256Hex("sk-test-0001"), tokens[0].keyHash);
        CPPUNIT_ASSERT_EQUAL(util::sha256Hex(result.generatedKeys[0].second), tokens[1].keyHash);
        int plaintext = 0;
        sql << "SELECT COUNT(*) FROM tokens WHERE key_hash = 'sk-test-0001' OR key_hint = 'sk-test-0001'", soci::into(plaintext);
        CPPUNIT_ASSERT_EQUAL(0, plaintext);
        CPPUNIT_ASSERT_EQUAL(int64_t(5), *tokens[0].quota);
    }

    void reapplyingIsIdempotentAndKeepsGeneratedKeys() {
        Store s;
        provisioning::Provisioner provisioner(s.database);
        auto first = provisioner.apply(provisioning::ProvisioningPlan::parse(kFile));
        auto second = provisioner.apply(provisioning::ProvisioningPlan::parse(kFile));
        CPPUNIT_ASSERT(second.generatedKeys.empty());
        CPPUNIT_ASSERT(second.configVersion > first.configVersion);
        soci::session sql(s.database.pool());
        CPPUNIT_ASSERT_EQUAL(size_t(1), store::ChannelStore::loadAll(sql).size());
        auto tokens = store::TokenStore::loadAll(sql);
        CPPUNIT_ASSERT_EQUAL(size_t(2), tokens.size());
        CPPUNIT_ASSERT_EQUAL(util::sha256Hex(first.generatedKeys[0].second), tokens[1].keyHash);
    }

    void failedApplyChangesNothing() {
        Store s;
        provisioning::Provisioner provisioner(s.database);
        provisioner.apply(provisioning::ProvisioningPlan::parse(kFile));
        int64_t before = 0;
        {
            soci::session sql(s.database.pool());
            before = store::ConfigVersion::read(sql);
        }
        std::string clash = R"({"channels":[{"name":"second","provider":"openai","models":["x"]}],
            "tokens":[{"name":"a","key":"sk-same"},{"name":"b","key":"sk-same"}]})";
        CPPUNIT_ASSERT_THROW(provisioner.apply(provisioning::ProvisioningPlan::parse(clash)), std::exception);
        soci::session sql(s.database.pool());
        CPPUNIT_ASSERT_EQUAL(size_t(1), store::ChannelStore::loadAll(sql).size());
        CPPUNIT_ASSERT_EQUAL(size_t(2), store::TokenStore::loadAll(sql).size());
        CPPUNIT_ASSERT_EQUAL(before, store::ConfigVersion::read(sql));
    }

    void createTokenRefusesDuplicateName() {
        Store s;
        provisioning::Provisioner provisioner(s.database);
        catalog::Token token;
        token.name = "dev";
        token.models = {"gpt-4o-mini"};
        std::string key = provisioner.createToken(token);
        CPPUNIT_ASSERT_EQUAL(size_t(51), key.size());
        CPPUNIT_ASSERT(key.rfind("sk-", 0) == 0);
        CPPUNIT_ASSERT_THROW(provisioner.createToken(token), std::invalid_argument);
    }

    void pluginEntriesSwitchAndConfigureWithoutTouchingTheRest() {
        Store s;
        provisioning::Provisioner provisioner(s.database);
        provisioner.apply(provisioning::ProvisioningPlan::parse(
            R"({"plugins":[{"id":"acme/chat","enabled":false,"config":{"region":"eu"}},{"id":"acme/other","enabled":false}]})"));
        provisioner.apply(provisioning::ProvisioningPlan::parse(R"({"plugins":[{"id":"acme/chat","enabled":true}]})"));
        soci::session sql(s.database.pool());
        CPPUNIT_ASSERT(store::PluginSettingsStore::loadDisabled(sql) == std::set<std::string>{"acme/other"});
        auto configs = store::PluginSettingsStore::loadConfigs(sql);
        CPPUNIT_ASSERT_EQUAL(size_t(1), configs.size());
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"region":"eu"})"), configs["acme/chat"]);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ProvisionerTest);
