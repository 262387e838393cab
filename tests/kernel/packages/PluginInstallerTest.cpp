// Installing and uninstalling packages: unique folders per content, old versions removed, nothing half-written.
#include "kernel/packages/PackageFixture.h"
#include "packages/PluginInstaller.h"
#include "support/FileModes.h"
#include "util/Files.h"

#include <cppunit/extensions/HelperMacros.h>

#include <filesystem>

using namespace sluice::packages;
using sluice::testsupport::PackageFixture;

namespace {

std::vector<std::string> entries(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace

class PluginInstallerTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PluginInstallerTest);
    CPPUNIT_TEST(installsIntoAFolderNamedByContent);
    CPPUNIT_TEST(newContentReplacesTheOldFolder);
    CPPUNIT_TEST(refusedPackageLeavesNothingBehind);
    CPPUNIT_TEST(uninstallRemovesEveryFolder);
    CPPUNIT_TEST_SUITE_END();

public:
    void installsIntoAFolderNamedByContent() {
        PackageFixture fixture;
        std::string installDir = fixture.dir.path() + "/installed";
        PluginInstaller installer(installDir, fixture.trust(), {false});
        auto package = fixture.signedPackage("1.2.3");
        auto installed = installer.install(package);
        std::string name = "acme--chat@1.2.3-" + package.contentId();
        CPPUNIT_ASSERT_EQUAL(installDir + "/" + name, installed.folder);
        CPPUNIT_ASSERT(installed.verdict.isSigned);
        CPPUNIT_ASSERT(entries(installDir) == std::vector<std::string>{name});
        CPPUNIT_ASSERT_EQUAL(mode_t(0700), sluice::testsupport::modeOf(installDir));  // owner-only, as all of the data directory
        CPPUNIT_ASSERT_EQUAL(mode_t(0700), sluice::testsupport::modeOf(fixture.trustDir()));
        CPPUNIT_ASSERT_EQUAL(std::string("fake ELF bytes"),
                             sluice::util::readFile(installed.folder + "/" + PackageFixture::libraryPath()));
        CPPUNIT_ASSERT_EQUAL(installed.folder, installer.install(package).folder);  // the same content again: kept
    }

    void newContentReplacesTheOldFolder() {
        PackageFixture fixture;
        std::string installDir = fixture.dir.path() + "/installed";
        PluginInstaller installer(installDir, fixture.trust(), {false});
        auto first = installer.install(fixture.signedPackage("1.0.0", "first"));
        auto second = installer.install(fixture.signedPackage("1.0.0", "second"));
        CPPUNIT_ASSERT(first.folder != second.folder);
        CPPUNIT_ASSERT(PluginInstaller::foldersOf(installDir, "acme/chat") == std::vector<std::string>{second.folder});
        CPPUNIT_ASSERT(!std::filesystem::exists(first.folder));
    }

    void refusedPackageLeavesNothingBehind() {
        PackageFixture fixture;
        std::string installDir = fixture.dir.path() + "/installed";
        PluginInstaller installer(installDir, fixture.trust(), {false});
        auto kept = installer.install(fixture.signedPackage("1.0.0", "kept"));
        CPPUNIT_ASSERT_THROW(installer.install(fixture.unsignedPackage("2.0.0")), std::invalid_argument);
        CPPUNIT_ASSERT(entries(installDir) == std::vector<std::string>{std::filesystem::path(kept.folder).filename().string()});
    }

    void uninstallRemovesEveryFolder() {
        PackageFixture fixture;
        std::string installDir = fixture.dir.path() + "/installed";
        PluginInstaller installer(installDir, fixture.trust(), {true});
        auto installed = installer.install(fixture.unsignedPackage());
        CPPUNIT_ASSERT(PluginInstaller::uninstall(installDir, "acme/chat") == std::vector<std::string>{installed.folder});
        CPPUNIT_ASSERT(entries(installDir).empty());
        try {
            PluginInstaller::uninstall(installDir, "acme/chat");
            CPPUNIT_FAIL("uninstalled twice");
        } catch (const std::invalid_argument& e) {
            CPPUNIT_ASSERT_EQUAL("plugin acme/chat is not installed in " + installDir, std::string(e.what()));
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PluginInstallerTest);
