// Configuration layering: defaults < file < environment < flags, and validation.
#include "config/ConfigLoader.h"
#include "config/SettingKeys.h"
#include "config/Settings.h"
#include "support/TempDir.h"

#include <cppunit/extensions/HelperMacros.h>

#include <fstream>

using sluice::config::ConfigLoader;
using sluice::config::Settings;

class ConfigLoaderTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ConfigLoaderTest);
    CPPUNIT_TEST(defaultsApplyWithNothingElse);
    CPPUNIT_TEST(eachLayerOverridesTheOneBelow);
    CPPUNIT_TEST(badValuesNameTheKey);
    CPPUNIT_TEST(everyKeyHasAnEnvironmentVariable);
    CPPUNIT_TEST(missingConfigFileIsAnError);
    CPPUNIT_TEST(readmeAndExampleDocumentEveryKey);
    CPPUNIT_TEST_SUITE_END();

public:
    void defaultsApplyWithNothingElse() {
        sluice::testsupport::TempDir dir;
        auto config = ConfigLoader::load(dir.write("empty.json", "{}"), {}, {});
        Settings s = Settings::from(*config);
        CPPUNIT_ASSERT_EQUAL(std::string("127.0.0.1"), s.listenHost);
        CPPUNIT_ASSERT_EQUAL(uint16_t(8080), s.listenPort);
        CPPUNIT_ASSERT(s.effectiveDbUrl().rfind("sqlite://", 0) == 0);
        CPPUNIT_ASSERT(s.pinLoopsToCpus);
    }

    void eachLayerOverridesTheOneBelow() {
        sluice::testsupport::TempDir dir;
        std::string file = dir.write("sluice.json", R"({"server":{"listen":"0.0.0.0:9000","threads":2},
            "data":{"dir":"/var/lib/file"},"db":{"url":"mysql://u:p@127.0.0.1:3306/file"}})");
        auto config = ConfigLoader::load(file, {{"SLUICE_DATA_DIR", "/env"}, {"SLUICE_SERVER_CPU_AFFINITY", "off"}, {"SLUICE_DB_URL", "mysql://env/db"}, {"PATH", "/x"}},
                                         {{"db.url", "mysql://flag/db"}});
        Settings s = Settings::from(*config);
        CPPUNIT_ASSERT_EQUAL(std::string("0.0.0.0"), s.listenHost);
        CPPUNIT_ASSERT_EQUAL(uint16_t(9000), s.listenPort);
        CPPUNIT_ASSERT_EQUAL(2, s.serverThreads);
        CPPUNIT_ASSERT(!s.pinLoopsToCpus);
        CPPUNIT_ASSERT_EQUAL(std::string("/env"), s.dataDir);
        CPPUNIT_ASSERT_EQUAL(std::string("mysql://flag/db"), s.dbUrl);
        CPPUNIT_ASSERT_EQUAL(1000, s.reloadIntervalMs);
    }

    void badValuesNameTheKey() {
        auto errorFor = [](std::map<std::string, std::string> flags) -> std::string {
            sluice::testsupport::TempDir dir;
            try {
                Settings::from(*ConfigLoader::load(dir.write("c.json", "{}"), {}, flags));
            } catch (const std::invalid_argument& e) {
                return e.what();
            }
            return "";
        };
        CPPUNIT_ASSERT(errorFor({{"server.listen", "nonsense"}}).find("server.listen") == 0);
        CPPUNIT_ASSERT(errorFor({{"server.listen", "1.2.3.4:99999"}}).find("server.listen") == 0);
        CPPUNIT_ASSERT(errorFor({{"server.threads", "many"}}).find("server.threads") == 0);
        CPPUNIT_ASSERT(errorFor({{"usage.batch_size", "0"}}).find("usage.batch_size") == 0);
        CPPUNIT_ASSERT_EQUAL(std::string("server.cpu_affinity: 'sometimes' is not auto or off"),
                             errorFor({{"server.cpu_affinity", "sometimes"}}));
        CPPUNIT_ASSERT_EQUAL(std::string("plugins.allow_unsigned: 'yes' is not true or false"),
                             errorFor({{"plugins.allow_unsigned", "yes"}}));
    }

    void everyKeyHasAnEnvironmentVariable() {
        for (const auto& key : sluice::config::settingKeys()) {
            CPPUNIT_ASSERT(key.environment.rfind("SLUICE_", 0) == 0);
            CPPUNIT_ASSERT(!key.description.empty());
        }
    }

    void readmeAndExampleDocumentEveryKey() {
        std::ifstream readmeFile(std::string(SLUICE_SOURCE_DIR) + "/README.md");
        std::string readme((std::istreambuf_iterator<char>(readmeFile)), std::istreambuf_iterator<char>());
        auto example = ConfigLoader::load(std::string(SLUICE_SOURCE_DIR) + "/config/sluice.example.json", {}, {});
        for (const auto& key : sluice::config::settingKeys()) {
            CPPUNIT_ASSERT_MESSAGE(std::string(key.key), readme.find("| `" + std::string(key.key) + "` | `" +
                                                                     std::string(key.environment) + "` |") != std::string::npos);
            CPPUNIT_ASSERT_MESSAGE(std::string(key.key), example->has(std::string(key.key)));
        }
        CPPUNIT_ASSERT_NO_THROW(Settings::from(*example));
    }

    void missingConfigFileIsAnError() {
        CPPUNIT_ASSERT_THROW(ConfigLoader::load("/nonexistent/sluice.json", {}, {}), std::invalid_argument);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ConfigLoaderTest);
