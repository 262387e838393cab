// The usage writer stores rows in batches off the request path and loses none on stop.
#include "store/Migrator.h"
#include "support/TempDir.h"
#include "support/UsageRows.h"
#include "usage/UsageWriter.h"

#include <cppunit/extensions/HelperMacros.h>
#include <soci/soci.h>

#include <iterator>
#include <thread>

using namespace sluice;

namespace {

usage::UsageRecord row(int i) { return testsupport::usageRow(i); }

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
    CPPUNIT_TEST(storesEveryColumnAsGiven);
    CPPUNIT_TEST(refusedRowDoesNotBlockTheOthers);
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

    /** Every column lands as recorded: text in UTF-8, -1 for "not reported", the error cut at 1,000 bytes. */
    void storesEveryColumnAsGiven() {
        testsupport::TempDir dir;
        store::Database db(dir.sqliteUrl(), 2);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        usage::UsageWriter writer(db, 60000, 100);
        usage::UsageRecord r = row(5);
        r.upstreamModel = "qwen-max — 通义";
        r.channelId = 42;
        r.status = 502;
        r.stream = true;
        r.latencyMs = 1234;
        r.firstByteMs = 56;
        r.promptTokens = -1;
        r.error = std::string(1500, 'e');
        writer.record(r);
        writer.stop();
        soci::session sql(db.pool());
        soci::row stored;
        sql << "SELECT request_id, created_at, token_id, model, upstream_model, channel_id, status, stream, latency_ms, "
               "first_byte_ms, prompt_tokens, completion_tokens, total_tokens, error FROM usage_log",
            soci::into(stored);
        CPPUNIT_ASSERT_EQUAL(std::string("req-5"), stored.get<std::string>(0));
        CPPUNIT_ASSERT_EQUAL(1700000000005LL, stored.get<long long>(1));
        CPPUNIT_ASSERT_EQUAL(1LL, stored.get<long long>(2));
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4o-mini"), stored.get<std::string>(3));
        CPPUNIT_ASSERT_EQUAL(std::string("qwen-max — 通义"), stored.get<std::string>(4));
        const long long numbers[] = {42, 502, 1, 1234, 56, -1, 10, 15};
        for (size_t i = 0; i < std::size(numbers); ++i) CPPUNIT_ASSERT_EQUAL(numbers[i], stored.get<long long>(5 + i));
        CPPUNIT_ASSERT_EQUAL(std::string(1000, 'e'), stored.get<std::string>(13));
    }

    /** A row the database refuses is dropped alone; the rest of its batch, and of its statement, is written. */
    void refusedRowDoesNotBlockTheOthers() {
        testsupport::TempDir dir;
        store::Database db(dir.sqliteUrl(), 2);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        {
            soci::session sql(db.pool());
            sql << "CREATE TRIGGER refuse_row BEFORE INSERT ON usage_log WHEN NEW.request_id IN ('req-33', 'req-57') "
                   "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END";
        }
        usage::UsageWriter writer(db, 60000, 100);
        for (int i = 0; i < 60; ++i) writer.record(row(i));  // rows inserted in groups and one by one
        writer.stop();
        CPPUNIT_ASSERT_EQUAL(58, countRows(db));
        CPPUNIT_ASSERT_EQUAL(size_t(0), writer.pending());
        soci::session sql(db.pool());
        int refused = -1;
        sql << "SELECT COUNT(*) FROM usage_log WHERE request_id IN ('req-33', 'req-57')", soci::into(refused);
        CPPUNIT_ASSERT_EQUAL(0, refused);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(UsageWriterTest);
