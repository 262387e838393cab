// The catalog service reloads when the stored config version changes, and says which version it loaded.
#include "catalog/CatalogService.h"
#include "store/ConfigVersion.h"
#include "store/Migration.h"
#include "store/Migrator.h"
#include "support/TempDir.h"

#include <Poco/AutoPtr.h>
#include <Poco/Logger.h>
#include <Poco/StreamChannel.h>

#include <cppunit/extensions/HelperMacros.h>
#include <soci/soci.h>

#include <sstream>

using namespace sluice;

class CatalogServiceTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(CatalogServiceTest);
    CPPUNIT_TEST(aReloadLogsTheVersionItLoaded);
    CPPUNIT_TEST_SUITE_END();

public:
    void aReloadLogsTheVersionItLoaded() {
        testsupport::TempDir dir;
        store::Database database(dir.sqliteUrl(), 1);
        store::Migrator(database, store::embeddedMigrations()).migrate();
        catalog::CatalogService catalogs(database, 1000);
        {
            soci::session sql(database.pool());
            store::ConfigVersion::bump(sql);
        }
        Poco::Logger& logger = Poco::Logger::get("sluice.catalog");
        Poco::AutoPtr<Poco::Channel> previous(logger.getChannel(), true);
        int previousLevel = logger.getLevel();
        std::ostringstream lines;
        logger.setChannel(new Poco::StreamChannel(lines));
        logger.setLevel(Poco::Message::PRIO_INFORMATION);
        bool reloaded = catalogs.refresh();
        logger.setChannel(previous);
        logger.setLevel(previousLevel);
        CPPUNIT_ASSERT(reloaded);
        CPPUNIT_ASSERT_EQUAL(int64_t(2), catalogs.current()->version());
        CPPUNIT_ASSERT_EQUAL(std::string("configuration version 2 loaded\n"), lines.str());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(CatalogServiceTest);
