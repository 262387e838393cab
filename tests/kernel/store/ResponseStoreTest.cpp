// Stored Responses: kept, found and deleted only by the token that created them.
#include "store/Migrator.h"
#include "store/ResponseStore.h"
#include "support/TempDir.h"

#include <cppunit/extensions/HelperMacros.h>
#include <soci/soci.h>

using namespace sluice;

class ResponseStoreTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ResponseStoreTest);
    CPPUNIT_TEST(aResponseIsFoundAndDeletedByItsTokenOnly);
    CPPUNIT_TEST_SUITE_END();

public:
    void aResponseIsFoundAndDeletedByItsTokenOnly() {
        testsupport::TempDir dir;
        store::Database database(dir.sqliteUrl(), 1);
        store::Migrator(database, store::embeddedMigrations()).migrate();
        soci::session sql(database.pool());
        const store::StoredResponse kept{"resp_1", 7, 1700000000, R"([{"role":"user","content":"Hi"}])",
                                         R"({"id":"resp_1","object":"response"})"};
        store::ResponseStore::insert(sql, kept);

        CPPUNIT_ASSERT(!store::ResponseStore::find(sql, "resp_1", 8));
        CPPUNIT_ASSERT(!store::ResponseStore::find(sql, "resp_2", 7));
        const auto found = store::ResponseStore::find(sql, "resp_1", 7);
        CPPUNIT_ASSERT(found);
        CPPUNIT_ASSERT_EQUAL(int64_t{1700000000}, found->createdAt);
        CPPUNIT_ASSERT_EQUAL(kept.conversationJson, found->conversationJson);
        CPPUNIT_ASSERT_EQUAL(kept.responseJson, found->responseJson);

        CPPUNIT_ASSERT(!store::ResponseStore::remove(sql, "resp_1", 8));
        CPPUNIT_ASSERT(store::ResponseStore::remove(sql, "resp_1", 7));
        CPPUNIT_ASSERT(!store::ResponseStore::find(sql, "resp_1", 7));
        CPPUNIT_ASSERT(!store::ResponseStore::remove(sql, "resp_1", 7));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ResponseStoreTest);
