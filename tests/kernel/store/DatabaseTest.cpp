// The SQLite store on disk: only the gateway's user can open its files, whatever the umask.
#include "store/Database.h"
#include "support/FileModes.h"
#include "support/TempDir.h"

#include <cppunit/extensions/HelperMacros.h>
#include <soci/soci.h>

#include <fstream>

using namespace sluice;
using testsupport::modeOf;

namespace {

/** Writes one row, so SQLite has its -wal and -shm files open. */
void writeSomething(store::Database& database) {
    soci::session sql(database.pool());
    sql << "CREATE TABLE t (x INTEGER)";
    sql << "INSERT INTO t VALUES (1)";
}

}  // namespace

class DatabaseTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(DatabaseTest);
    CPPUNIT_TEST(aFreshDatabaseIsOwnerOnly);
    CPPUNIT_TEST(anExistingDatabaseIsNarrowed);
    CPPUNIT_TEST_SUITE_END();

public:
    void aFreshDatabaseIsOwnerOnly() {
        testsupport::TempDir dir;
        testsupport::UmaskScope wide;  // the widest umask: the modes must not come from it
        const std::string data = dir.path() + "/data/nested";
        store::Database database("sqlite://" + data + "/sluice.db", 2);
        writeSomething(database);
        CPPUNIT_ASSERT_EQUAL(mode_t(0700), modeOf(dir.path() + "/data"));
        CPPUNIT_ASSERT_EQUAL(mode_t(0700), modeOf(data));
        for (const char* file : {"/sluice.db", "/sluice.db-wal", "/sluice.db-shm"})
            CPPUNIT_ASSERT_EQUAL_MESSAGE(file, mode_t(0600), modeOf(data + file));
    }

    void anExistingDatabaseIsNarrowed() {
        testsupport::TempDir dir;
        for (const char* file : {"/old.db", "/old.db-wal", "/old.db-shm"}) {
            std::ofstream(dir.path() + file).flush();
            ::chmod((dir.path() + file).c_str(), 0644);
        }
        store::Database database("sqlite://" + dir.path() + "/old.db", 1);
        writeSomething(database);
        for (const char* file : {"/old.db", "/old.db-wal", "/old.db-shm"})
            CPPUNIT_ASSERT_EQUAL_MESSAGE(file, mode_t(0600), modeOf(dir.path() + file));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(DatabaseTest);
