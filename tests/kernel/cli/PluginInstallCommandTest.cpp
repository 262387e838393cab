// `sluice plugin install/uninstall/verify` through the real command line: exit codes, messages, config version bumps.
#include "cli/CommandLine.h"
#include "cli/PluginInstallCommand.h"
#include "cli/PluginUninstallCommand.h"
#include "cli/PluginVerifyCommand.h"
#include "kernel/packages/PackageFixture.h"
#include "store/ConfigVersion.h"
#include "store/Database.h"
#include "util/Files.h"

#include <cppunit/extensions/HelperMacros.h>
#include <soci/soci.h>

#include <filesystem>
#include <sstream>

using namespace sluice;

namespace {

struct Outcome {
    int code;
    std::string out, err;
};

Outcome runSluice(std::vector<std::string> words) {
    cli::CommandLine commands;
    commands.add(std::make_unique<cli::PluginInstallCommand>());
    commands.add(std::make_unique<cli::PluginUninstallCommand>());
    commands.add(std::make_unique<cli::PluginVerifyCommand>());
    words.insert(words.begin(), "sluice");
    std::vector<const char*> argv;
    for (const auto& word : words) argv.push_back(word.c_str());
    std::ostringstream out, err;
    int code = commands.run(static_cast<int>(argv.size()), argv.data(), out, err);
    return {code, out.str(), err.str()};
}

int64_t configVersion(const testsupport::TempDir& dir) {
    store::Database database("sqlite://" + dir.path() + "/sluice.db", 1);
    soci::session sql(database.pool());
    return store::ConfigVersion::read(sql);
}

}  // namespace

class PluginInstallCommandTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PluginInstallCommandTest);
    CPPUNIT_TEST(installAndUninstallBumpTheConfigVersion);
    CPPUNIT_TEST(refusalExitsOneAndBadInputTwo);
    CPPUNIT_TEST_SUITE_END();

public:
    void installAndUninstallBumpTheConfigVersion() {
        testsupport::PackageFixture fixture;  // its trust/ is the trust dir of --data-dir
        std::string file = fixture.dir.write("acme.sluicepkg", fixture.signedPackage().bytes());
        auto installed = runSluice({"plugin", "install", file, "--data-dir", fixture.dir.path()});
        CPPUNIT_ASSERT_EQUAL_MESSAGE(installed.err, 0, installed.code);
        CPPUNIT_ASSERT(installed.out.find("installed acme/chat 1.0.0 (signed by key " +
                                          fixture.publisher.publicKey().keyId() + ") into " + fixture.dir.path() +
                                          "/plugins/acme--chat@1.0.0-") == 0);
        int64_t afterInstall = configVersion(fixture.dir);
        auto removed = runSluice({"plugin", "uninstall", "acme/chat", "--data-dir", fixture.dir.path()});
        CPPUNIT_ASSERT_EQUAL_MESSAGE(removed.err, 0, removed.code);
        CPPUNIT_ASSERT_EQUAL(afterInstall + 1, configVersion(fixture.dir));
        auto again = runSluice({"plugin", "uninstall", "acme/chat", "--data-dir", fixture.dir.path()});
        CPPUNIT_ASSERT_EQUAL(2, again.code);
        CPPUNIT_ASSERT_EQUAL("sluice plugin uninstall: plugin acme/chat is not installed in " + fixture.dir.path() + "/plugins\n",
                             again.err);
    }

    void refusalExitsOneAndBadInputTwo() {
        testsupport::PackageFixture fixture;
        std::string file = fixture.dir.write("unsigned.sluicepkg", fixture.unsignedPackage().bytes());
        auto refused = runSluice({"plugin", "verify", file, "--data-dir", fixture.dir.path()});
        CPPUNIT_ASSERT_EQUAL(1, refused.code);
        CPPUNIT_ASSERT_EQUAL("sluice plugin verify: " + file + ": refused: package is unsigned and plugins.allow_unsigned is off\n",
                             refused.err);
        auto notInstalled = runSluice({"plugin", "install", file, "--data-dir", fixture.dir.path()});
        CPPUNIT_ASSERT_EQUAL(1, notInstalled.code);
        std::string installDir = fixture.dir.path() + "/plugins";
        CPPUNIT_ASSERT(!std::filesystem::exists(installDir) || std::filesystem::is_empty(installDir));
        std::string garbage = fixture.dir.write("garbage.sluicepkg", "not a tar");
        auto bad = runSluice({"plugin", "verify", garbage, "--data-dir", fixture.dir.path()});
        CPPUNIT_ASSERT_EQUAL(2, bad.code);
        CPPUNIT_ASSERT_EQUAL("sluice plugin verify: " + garbage + ": tar: archive is truncated inside the header at byte 0\n", bad.err);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PluginInstallCommandTest);
