// The usage journal: records written before their responses complete come back after a crash,
// once and only once, and the journal empties as rows are stored.
#include "store/Migrator.h"
#include "support/TempDir.h"
#include "support/UsageRows.h"
#include "usage/JournalRecovery.h"
#include "usage/JournalSegment.h"
#include "usage/UsageRecordCodec.h"
#include "usage/UsageWriter.h"

#include <cppunit/extensions/HelperMacros.h>
#include <soci/soci.h>

#include <filesystem>
#include <fstream>

using namespace sluice;

namespace {

/** A row with every field set, odd ones completed and even ones cut streams. */
usage::UsageRecord row(int i) {
    usage::UsageRecord r = testsupport::usageRow(i);
    r.upstreamModel = "gpt-4o-mini-2024";
    r.channelId = 9;
    r.status = i % 2 ? 200 : 499;
    r.stream = i % 2 == 0;
    r.latencyMs = 40 + i;
    r.firstByteMs = 7;
    r.error = i % 2 ? "" : "client closed the connection";
    return r;
}

int countRows(store::Database& db, const std::string& where = "1=1") {
    soci::session sql(db.pool());
    int n = 0;
    sql << "SELECT COUNT(*) FROM usage_log WHERE " + where, soci::into(n);
    return n;
}

size_t filesIn(const std::string& directory) {
    if (!std::filesystem::exists(directory)) return 0;
    return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(directory), {}));
}

}  // namespace

class UsageJournalTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(UsageJournalTest);
    CPPUNIT_TEST(recordsComeBackFieldForField);
    CPPUNIT_TEST(aTornTailIsLeftOutAndNothingInvented);
    CPPUNIT_TEST(aKilledRunsRowsAreStoredOnceAtTheNextStart);
    CPPUNIT_TEST(theJournalEmptiesAsRowsAreStored);
    CPPUNIT_TEST_SUITE_END();

public:
    void recordsComeBackFieldForField() {
        std::string bytes;
        for (int i = 0; i < 3; ++i) usage::encodeUsageRecord(row(i), bytes);
        std::vector<usage::UsageRecord> back = usage::decodeUsageRecords(bytes);
        CPPUNIT_ASSERT_EQUAL(size_t(3), back.size());
        const usage::UsageRecord& r = back[2];
        CPPUNIT_ASSERT_EQUAL(std::string("req-2"), r.requestId);
        CPPUNIT_ASSERT_EQUAL(int64_t(1700000000002), r.createdAt);
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4o-mini-2024"), r.upstreamModel);
        CPPUNIT_ASSERT_EQUAL(499, r.status);
        CPPUNIT_ASSERT(r.stream);
        CPPUNIT_ASSERT_EQUAL(int64_t(42), r.latencyMs);
        CPPUNIT_ASSERT_EQUAL(int64_t(6), r.totalTokens);
        CPPUNIT_ASSERT_EQUAL(std::string("client closed the connection"), r.error);
    }

    void aTornTailIsLeftOutAndNothingInvented() {
        std::string bytes;
        for (int i = 0; i < 2; ++i) usage::encodeUsageRecord(row(i), bytes);
        const size_t whole = bytes.size();
        usage::encodeUsageRecord(row(2), bytes);
        for (size_t cut = whole; cut < bytes.size(); ++cut)
            CPPUNIT_ASSERT_EQUAL(size_t(2), usage::decodeUsageRecords(std::string_view(bytes).substr(0, cut)).size());
        std::string damaged = bytes;
        damaged[whole] ^= 0x5a;  // the third entry's magic
        CPPUNIT_ASSERT_EQUAL(size_t(2), usage::decodeUsageRecords(damaged).size());
    }

    /**
     * A run journaled five rows and stored two of them before it was killed:
     * the next start stores the other three, and the two are not doubled.
     */
    void aKilledRunsRowsAreStoredOnceAtTheNextStart() {
        testsupport::TempDir dir;
        store::Database db(dir.sqliteUrl(), 2);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        const std::string journal = dir.path() + "/usage-journal";
        std::filesystem::create_directories(journal);
        {
            usage::JournalSegment segment(journal, "killed-0");
            for (int i = 0; i < 5; ++i) CPPUNIT_ASSERT(segment.append(row(i)));
        }  // never sealed or removed: as a killed process leaves it
        {
            usage::UsageWriter stored(db, 60000, 100);
            stored.record(row(0));
            stored.record(row(1));
        }
        CPPUNIT_ASSERT_EQUAL(2, countRows(db));
        CPPUNIT_ASSERT_EQUAL(size_t(3), usage::JournalRecovery::read(journal, db).records.size());
        usage::UsageWriter restarted(db, 60000, 100, journal);
        restarted.flush();
        CPPUNIT_ASSERT_EQUAL(5, countRows(db));
        CPPUNIT_ASSERT_EQUAL(1, countRows(db, "request_id = 'req-4' AND total_tokens = 12 AND channel_id = 9"));
        CPPUNIT_ASSERT_EQUAL(size_t(0), filesIn(journal));
        CPPUNIT_ASSERT(std::filesystem::status(journal).permissions() == std::filesystem::perms::owner_all);
    }

    void theJournalEmptiesAsRowsAreStored() {
        testsupport::TempDir dir;
        store::Database db(dir.sqliteUrl(), 2);
        store::Migrator(db, store::embeddedMigrations()).migrate();
        const std::string journal = dir.path() + "/usage-journal";
        usage::UsageWriter writer(db, 60000, 1000, journal);
        for (int i = 0; i < 10; ++i) writer.record(row(i));
        CPPUNIT_ASSERT_EQUAL(size_t(1), filesIn(journal));
        CPPUNIT_ASSERT_EQUAL(size_t(10), usage::JournalRecovery::read(journal, db).records.size());
        CPPUNIT_ASSERT_EQUAL(size_t(10), writer.flush());
        CPPUNIT_ASSERT_EQUAL(size_t(0), filesIn(journal));
        writer.record(row(10));
        CPPUNIT_ASSERT_EQUAL(size_t(1), filesIn(journal));
        writer.stop();
        CPPUNIT_ASSERT_EQUAL(11, countRows(db));
        CPPUNIT_ASSERT_EQUAL(size_t(0), filesIn(journal));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(UsageJournalTest);
