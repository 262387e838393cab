// The usage writer stores rows in batches off the request path and loses none on stop.
#include "store/Migrator.h"
#include "support/TempDir.h"
#include "usage/UsageWriter.h"

#include <cppunit/extensions/HelperMacros.h>
#include <soci/soci.h>

#include <thread>

using namespace sluice;

namespace {

usage::UsageRecord row(int i) {
    usage::UsageRecord r;
    r.requestId = "req-" + std::to_string(i);
    r.createdAt = 1700000000000 + i;
    r.tokenId = 1;
    r.model = "gpt-4o-mini";
    r.status = 200;
    r.promptTokens = i;
    r.completionTokens = 2 * i;
    r.totalTokens = 3 * i;
    return r;
}

int countRows(store::Database& db) {
    soci::session sql(db.pool());
    int n = 0;
    sql << "SELECT COUNT(*) FROM usage_log", soci::into(n);
    return n;
}

}  // namespace

class UsageWriterTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(UsageWriterTest);
    CPPUNIT_TEST(stopFlushesEverything);
    CPPUNIT_TEST(concurrentProducersLoseNothing);
    CPPUNIT_TEST(everyChunkOfABatchKeepsItsOwnValues);
    CPPUNIT_TEST_SUITE_END();

public:
    void stopFlushesEverything() {
        testsupport::TempDir dir;
        store::Database db(dir.sqliteUrl(), 2);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        usage::UsageWriter writer(db, 60000, 100);
        for (int i = 0; i < 250; ++i) writer.record(row(i));
        writer.stop();
        CPPUNIT_ASSERT_EQUAL(250, countRows(db));
        CPPUNIT_ASSERT_EQUAL(size_t(0), writer.pending());
        soci::session sql(db.pool());
        long long total = 0;
        sql << "SELECT total_tokens FROM usage_log WHERE request_id = 'req-7'", soci::into(total);
        CPPUNIT_ASSERT_EQUAL(21LL, total);
    }

    void concurrentProducersLoseNothing() {
        testsupport::TempDir dir;
        store::Database db(dir.sqliteUrl(), 2);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        usage::UsageWriter writer(db, 20, 64);
        std::vector<std::thread> producers;
        for (int t = 0; t < 4; ++t)
            producers.emplace_back([&, t] {
                for (int i = 0; i < 500; ++i) writer.record(row(t * 1000 + i));
            });
        for (auto& p : producers) p.join();
        writer.stop();
        CPPUNIT_ASSERT_EQUAL(2000, countRows(db));
    }

    /** One batch spans several inserts (the last one short); each row must carry its own values. */
    void everyChunkOfABatchKeepsItsOwnValues() {
        testsupport::TempDir dir;
        store::Database db(dir.sqliteUrl(), 2);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        usage::UsageWriter writer(db, 60000, 1000);
        for (int i = 0; i < 257; ++i) {
            usage::UsageRecord r = row(i);
            if (i % 50 == 0) r.error = "failed " + std::to_string(i);
            writer.record(std::move(r));
        }
        writer.stop();
        soci::session sql(db.pool());
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT request_id, total_tokens, error FROM usage_log");
        int seen = 0;
        for (const soci::row& stored : rows) {
            const int i = std::stoi(stored.get<std::string>(0).substr(4));
            CPPUNIT_ASSERT_EQUAL(3LL * i, stored.get<long long>(1));
            CPPUNIT_ASSERT_EQUAL(i % 50 == 0 ? "failed " + std::to_string(i) : std::string(), stored.get<std::string>(2));
            ++seen;
        }
        CPPUNIT_ASSERT_EQUAL(257, seen);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(UsageWriterTest);
