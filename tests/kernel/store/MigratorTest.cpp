// Migrations: applied once, version recorded, re-running is a no-op.
#include "store/Migrator.h"
#include "support/TempDir.h"

#include <cppunit/extensions/HelperMacros.h>
#include <soci/soci.h>

using namespace sluice;

class MigratorTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(MigratorTest);
    CPPUNIT_TEST(appliesOnceAndRecordsVersion);
    CPPUNIT_TEST(everyDialectHasTheSameVersions);
    CPPUNIT_TEST(failedMigrationIsNotRecorded);
    CPPUNIT_TEST(usageLogRebuildKeepsItsRows);
    CPPUNIT_TEST_SUITE_END();

public:
    void appliesOnceAndRecordsVersion() {
        testsupport::TempDir dir;
        store::Database db(dir.sqliteUrl(), 1);
        store::Migrator migrator(db, store::embeddedMigrations());
        CPPUNIT_ASSERT_EQUAL(0, migrator.currentVersion());
        CPPUNIT_ASSERT(migrator.migrate() >= 1);
        CPPUNIT_ASSERT_EQUAL(0, migrator.migrate());
        CPPUNIT_ASSERT(migrator.currentVersion() >= 1);
        soci::session sql(db.pool());
        int tables = 0;
        sql << "SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name IN ('channels','tokens','usage_log','settings')",
            soci::into(tables);
        CPPUNIT_ASSERT_EQUAL(4, tables);
    }

    void everyDialectHasTheSameVersions() {
        std::vector<int> sqlite, mysql;
        for (const auto& m : store::embeddedMigrations())
            (m.dialect == store::Dialect::Sqlite ? sqlite : mysql).push_back(m.version);
        CPPUNIT_ASSERT(!sqlite.empty());
        CPPUNIT_ASSERT(sqlite == mysql);
    }

    void failedMigrationIsNotRecorded() {
        testsupport::TempDir dir;
        store::Database db(dir.sqliteUrl(), 1);
        std::vector<store::Migration> broken = {{store::Dialect::Sqlite, 1, "001_ok", "CREATE TABLE a (x INTEGER);"},
                                                {store::Dialect::Sqlite, 2, "002_bad", "CREATE TABLE b (x INTEGER);\nNOT SQL;"}};
        store::Migrator migrator(db, broken);
        CPPUNIT_ASSERT_THROW(migrator.migrate(), std::runtime_error);
        CPPUNIT_ASSERT_EQUAL(1, migrator.currentVersion());
        soci::session sql(db.pool());
        int tables = 0;
        sql << "SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'", soci::into(tables);
        CPPUNIT_ASSERT_EQUAL(0, tables);
    }

    void usageLogRebuildKeepsItsRows() {
        testsupport::TempDir dir;
        store::Database db(dir.sqliteUrl(), 1);
        std::vector<store::Migration> upToFour, all;
        for (const auto& m : store::embeddedMigrations()) {
            if (m.dialect != store::Dialect::Sqlite) continue;
            all.push_back(m);
            if (m.version <= 4) upToFour.push_back(m);
        }
        store::Migrator(db, upToFour).migrate();
        {
            soci::session before(db.pool());  // the pool has one connection: give it back before migrating
            before << "INSERT INTO usage_log (request_id, created_at, token_id, model, status, latency_ms) "
                      "VALUES ('r1', 1, 7, 'm', 200, 5)";
        }
        store::Migrator(db, all).migrate();
        soci::session sql(db.pool());
        sql << "INSERT INTO usage_log (request_id, created_at, token_id, model, status, latency_ms) "
               "VALUES ('r2', 2, 7, 'm', 200, 5)";
        std::string first, second;
        long long firstId = 0, secondId = 0;
        sql << "SELECT id, request_id FROM usage_log ORDER BY id LIMIT 1", soci::into(firstId), soci::into(first);
        sql << "SELECT id, request_id FROM usage_log ORDER BY id DESC LIMIT 1", soci::into(secondId), soci::into(second);
        CPPUNIT_ASSERT_EQUAL(std::string("r1"), first);
        CPPUNIT_ASSERT_EQUAL(std::string("r2"), second);
        CPPUNIT_ASSERT(secondId > firstId);
        int autoincrement = 0;
        sql << "SELECT COUNT(*) FROM sqlite_master WHERE name = 'usage_log' AND sql LIKE '%AUTOINCREMENT%'",
            soci::into(autoincrement);
        CPPUNIT_ASSERT_EQUAL(0, autoincrement);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(MigratorTest);
