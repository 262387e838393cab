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
};

CPPUNIT_TEST_SUITE_REGISTRATION(MigratorTest);
