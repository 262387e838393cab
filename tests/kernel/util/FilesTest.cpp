// Owner-only files and directories: their modes whatever the umask, and what already exists.
#include "support/FileModes.h"
#include "support/TempDir.h"
#include "util/Files.h"

#include <cppunit/extensions/HelperMacros.h>

#include <filesystem>

using namespace sluice;

using testsupport::modeOf;
using testsupport::UmaskScope;

class FilesTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(FilesTest);
    CPPUNIT_TEST(newDirectoriesAreOwnerOnly);
    CPPUNIT_TEST(existingDirectoriesKeepTheirMode);
    CPPUNIT_TEST(newFileIsOwnerOnlyAndAnExistingOneIsKept);
    CPPUNIT_TEST(restrictToOwnerTakesGroupAndOtherAway);
    CPPUNIT_TEST_SUITE_END();

public:
    void newDirectoriesAreOwnerOnly() {
        testsupport::TempDir dir;
        UmaskScope wide;
        util::createPrivateDirectories(dir.path() + "/a/b/c/");
        for (const char* made : {"/a", "/a/b", "/a/b/c"}) CPPUNIT_ASSERT_EQUAL_MESSAGE(made, mode_t(0700), modeOf(dir.path() + made));
        UmaskScope narrow(0277);  // even a umask that takes the owner's write bit does not narrow them
        util::createPrivateDirectories(dir.path() + "/d");
        CPPUNIT_ASSERT_EQUAL(mode_t(0700), modeOf(dir.path() + "/d"));
    }

    void existingDirectoriesKeepTheirMode() {
        testsupport::TempDir dir;
        std::filesystem::create_directory(dir.path() + "/shared");
        ::chmod((dir.path() + "/shared").c_str(), 0755);
        util::createPrivateDirectories(dir.path() + "/shared/own");
        CPPUNIT_ASSERT_EQUAL(mode_t(0755), modeOf(dir.path() + "/shared"));
        CPPUNIT_ASSERT_EQUAL(mode_t(0700), modeOf(dir.path() + "/shared/own"));
        dir.write("file", "x");
        CPPUNIT_ASSERT_THROW(util::createPrivateDirectories(dir.path() + "/file/below"), std::runtime_error);
    }

    void newFileIsOwnerOnlyAndAnExistingOneIsKept() {
        testsupport::TempDir dir;
        UmaskScope wide;
        util::createPrivateFile(dir.path() + "/new");
        CPPUNIT_ASSERT_EQUAL(mode_t(0600), modeOf(dir.path() + "/new"));
        CPPUNIT_ASSERT_EQUAL(std::string(), util::readFile(dir.path() + "/new"));
        std::string existing = dir.write("existing", "content");
        util::createPrivateFile(existing);
        CPPUNIT_ASSERT_EQUAL(std::string("content"), util::readFile(existing));
        CPPUNIT_ASSERT_THROW(util::createPrivateFile(dir.path() + "/missing/file"), std::runtime_error);
    }

    void restrictToOwnerTakesGroupAndOtherAway() {
        testsupport::TempDir dir;
        std::string file = dir.write("db", "x");
        ::chmod(file.c_str(), 0664);
        util::restrictToOwner(file);
        CPPUNIT_ASSERT_EQUAL(mode_t(0600), modeOf(file));
        ::chmod(file.c_str(), 0400);
        util::restrictToOwner(file);
        CPPUNIT_ASSERT_EQUAL(mode_t(0400), modeOf(file));
        util::restrictToOwner(dir.path() + "/absent");  // nothing to narrow
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(FilesTest);
