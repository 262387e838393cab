// The kernel's store and a whole gateway on a real MariaDB server started by with-mariadb.sh.
#include "app/Gateway.h"
#include "catalog/CatalogService.h"
#include "config/ConfigLoader.h"
#include "provisioning/Provisioner.h"
#include "store/ChannelStore.h"
#include "store/Migrator.h"
#include "store/ResponseStore.h"
#include "store/TokenStore.h"
#include "support/TempDir.h"
#include "usage/UsageWriter.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <cppunit/extensions/HelperMacros.h>
#include <soci/soci.h>

#include <cstdlib>

using namespace sluice;

namespace {

std::string mysqlUrl() {
    const char* url = std::getenv("SLUICE_TEST_MYSQL_URL");
    if (!url) throw std::runtime_error("SLUICE_TEST_MYSQL_URL is not set (run through with-mariadb.sh)");
    return url;
}

void resetSchema(store::Database& db) {
    soci::session sql(db.pool());
    for (const char* table : {"usage_log", "tokens", "channels", "settings", "plugin_settings", "responses", "schema_migrations"})
        sql << "DROP TABLE IF EXISTS " << table;
}

int count(store::Database& db, const std::string& table) {
    soci::session sql(db.pool());
    int n = 0;
    sql << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
}

const std::string kFile = R"({"channels":[{"name":"mock","provider":"mock","models":["mock-chat"],"priority":1},
  {"name":"primary","provider":"openai","base_url":"http://127.0.0.1:1/v1","keys":["sk-a","sk-b"],
   "models":["gpt-4o-mini","gpt-4o"],"model_map":{"gpt-4o":"gpt-4o-mini"},"priority":10,"weight":3}],
  "tokens":[{"name":"ci","key":"sk-test-0001","quota":1000000},{"name":"unlimited","key":"sk-test-0002","quota":null}]})";

}  // namespace

class MariaDbStoreTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(MariaDbStoreTest);
    CPPUNIT_TEST(migratesOnceAndProvisionsIdempotently);
    CPPUNIT_TEST(failedApplyRollsBack);
    CPPUNIT_TEST(usageWriterStoresEveryRow);
    CPPUNIT_TEST(refusedRowDoesNotBlockTheOthers);
    CPPUNIT_TEST(gatewayServesAndLogsUsage);
    CPPUNIT_TEST(keepsResponsesForTheirTokenOnly);
    CPPUNIT_TEST_SUITE_END();

public:
    void setUp() override {
        store::Database db(mysqlUrl(), 1);
        resetSchema(db);
    }

    void migratesOnceAndProvisionsIdempotently() {
        store::Database db(mysqlUrl(), 2);
        store::Migrator migrator(db, store::embeddedMigrations());
        CPPUNIT_ASSERT(migrator.migrate() >= 1);
        CPPUNIT_ASSERT_EQUAL(0, migrator.migrate());
        provisioning::Provisioner provisioner(db);
        provisioner.apply(provisioning::ProvisioningPlan::parse(kFile));
        provisioner.apply(provisioning::ProvisioningPlan::parse(kFile));
        catalog::CatalogService catalogs(db, 1000);
        auto catalog = catalogs.current();
        CPPUNIT_ASSERT_EQUAL(size_t(2), catalog->channelsFor("gpt-4o-mini", "default").size() +
                                            catalog->channelsFor("mock-chat", "default").size());
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4o-mini"), catalog->channelsFor("gpt-4o", "default")[0]->upstreamModel("gpt-4o"));
        CPPUNIT_ASSERT(!catalog->findToken("sk-test-0001"));
        soci::session sql(db.pool());
        auto tokens = store::TokenStore::loadAll(sql);
        CPPUNIT_ASSERT_EQUAL(size_t(2), tokens.size());
        CPPUNIT_ASSERT(!tokens[1].quota);
    }

    void failedApplyRollsBack() {
        store::Database db(mysqlUrl(), 1);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        provisioning::Provisioner provisioner(db);
        provisioner.apply(provisioning::ProvisioningPlan::parse(kFile));
        std::string clash = R"({"channels":[{"name":"new","provider":"openai","models":["x"]}],
            "tokens":[{"name":"a","key":"sk-same"},{"name":"b","key":"sk-same"}]})";
        CPPUNIT_ASSERT_THROW(provisioner.apply(provisioning::ProvisioningPlan::parse(clash)), std::exception);
        CPPUNIT_ASSERT_EQUAL(2, count(db, "channels"));
        CPPUNIT_ASSERT_EQUAL(2, count(db, "tokens"));
    }

    void usageWriterStoresEveryRow() {
        store::Database db(mysqlUrl(), 2);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        usage::UsageWriter writer(db, 50, 500);
        for (int i = 0; i < 3000; ++i) {
            usage::UsageRecord r;
            r.requestId = "r" + std::to_string(i);
            r.createdAt = 1700000000000 + i;
            r.tokenId = 1;
            r.model = "gpt-4o-mini";
            r.status = 200;
            r.error = i % 100 == 0 ? "upstream said 'no' — 你好" : "";
            writer.record(r);
        }
        writer.stop();
        CPPUNIT_ASSERT_EQUAL(3000, count(db, "usage_log"));
        soci::session sql(db.pool());
        std::string error;
        sql << "SELECT error FROM usage_log WHERE request_id = 'r100'", soci::into(error);
        CPPUNIT_ASSERT_EQUAL(std::string("upstream said 'no' — 你好"), error);
    }

    void refusedRowDoesNotBlockTheOthers() {
        store::Database db(mysqlUrl(), 2);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        usage::UsageWriter writer(db, 50, 100);
        for (int i = 0; i < 10; ++i) {
            usage::UsageRecord r;
            r.requestId = "r" + std::to_string(i);
            r.tokenId = 1;
            r.model = i == 3 ? std::string(300, 'm') : "gpt-4o-mini";  // longer than the column
            r.status = 200;
            writer.record(r);
        }
        writer.stop();
        CPPUNIT_ASSERT_EQUAL(9, count(db, "usage_log"));
    }

    void gatewayServesAndLogsUsage() {
        testsupport::TempDir dir;
        auto layered = config::ConfigLoader::load(dir.write("c.json", "{}"), {},
                                                  {{"server.listen", "127.0.0.1:0"}, {"db.url", mysqlUrl()},
                                                   {"data.dir", dir.path()}, {"plugins.dir", SLUICE_PLUGINS_DIR}});
        config::Settings settings = config::Settings::from(*layered);
        {
            store::Database db(settings.dbUrl, 1);
            store::Migrator(db, store::embeddedMigrations()).migrate();
            provisioning::Provisioner(db).apply(provisioning::ProvisioningPlan::parse(kFile));
        }
        app::Gateway gateway(settings);
        gateway.start();
        Poco::Net::HTTPClientSession session("127.0.0.1", gateway.port());
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, "/v1/chat/completions", "HTTP/1.1");
        request.set("Authorization", "Bearer sk-test-0001");
        std::string body = R"({"model":"mock-chat","messages":[{"role":"user","content":"from mariadb"}]})";
        request.setContentLength(static_cast<std::streamsize>(body.size()));
        session.sendRequest(request) << body;
        Poco::Net::HTTPResponse response;
        std::string answer;
        Poco::StreamCopier::copyToString(session.receiveResponse(response), answer);
        CPPUNIT_ASSERT_EQUAL(200, static_cast<int>(response.getStatus()));
        CPPUNIT_ASSERT(answer.find("from mariadb") != std::string::npos);
        gateway.stop();
        store::Database db(settings.dbUrl, 1);
        CPPUNIT_ASSERT_EQUAL(1, count(db, "usage_log"));
    }

    void keepsResponsesForTheirTokenOnly() {
        store::Database db(mysqlUrl(), 1);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        soci::session sql(db.pool());
        const std::string conversation = R"([{"role":"user","content":"Grüße"}])" + std::string(70000, ' ');  // past TEXT's 64 KiB
        store::ResponseStore::insert(sql, {"resp_1", 7, 1700000000, conversation, R"({"id":"resp_1"})"});
        CPPUNIT_ASSERT(!store::ResponseStore::find(sql, "resp_1", 8));
        const auto found = store::ResponseStore::find(sql, "resp_1", 7);
        CPPUNIT_ASSERT(found && found->conversationJson == conversation && found->createdAt == 1700000000);
        CPPUNIT_ASSERT(!store::ResponseStore::remove(sql, "resp_1", 8));
        CPPUNIT_ASSERT(store::ResponseStore::remove(sql, "resp_1", 7));
        CPPUNIT_ASSERT(!store::ResponseStore::find(sql, "resp_1", 7));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(MariaDbStoreTest);
