// FILES.sha256: its text, and the exact first difference verification reports.
#include "packages/FileDigests.h"
#include "support/Thrown.h"
#include "util/Secrets.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::packages::FileDigests;

namespace {

using Files = std::map<std::string, std::string>;

const Files kFiles = {{"lib/linux-x86_64/libx.so", "library"}, {"manifest.json", "{}"}, {"README.md", "hello"}};

std::string problem(const FileDigests& digests, const Files& files) {
    try {
        digests.verify(files);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "verified";
}

std::string parseProblem(const std::string& text) {
    return sluice::testsupport::thrownMessage([&] { FileDigests::parse(text); }, "parsed");
}

}  // namespace

class FileDigestsTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(FileDigestsTest);
    CPPUNIT_TEST(textIsSortedAndLeavesOutItself);
    CPPUNIT_TEST(verifiesUnchangedFiles);
    CPPUNIT_TEST(namesChangedRenamedExtraAndMissingFiles);
    CPPUNIT_TEST(namesTheMalformedLine);
    CPPUNIT_TEST_SUITE_END();

public:
    void textIsSortedAndLeavesOutItself() {
        Files files = kFiles;
        files["FILES.sha256"] = "old";
        files["SIGNATURE"] = "{}";
        std::string text = FileDigests::of(files).text();
        CPPUNIT_ASSERT_EQUAL(sluice::util::sha256Hex("hello") + "  README.md\n" + sluice::util::sha256Hex("library") +
                                 "  lib/linux-x86_64/libx.so\n" + sluice::util::sha256Hex("{}") + "  manifest.json\n",
                             text);
        CPPUNIT_ASSERT_EQUAL(text, FileDigests::parse(text).text());
    }

    void verifiesUnchangedFiles() {
        Files files = kFiles;
        files["FILES.sha256"] = FileDigests::of(kFiles).text();
        CPPUNIT_ASSERT_EQUAL(std::string("verified"), problem(FileDigests::parse(files["FILES.sha256"]), files));
    }

    void namesChangedRenamedExtraAndMissingFiles() {
        auto digests = FileDigests::of(kFiles);
        Files changed = kFiles;
        changed["lib/linux-x86_64/libx.so"][3] ^= 1;
        CPPUNIT_ASSERT_EQUAL(std::string("lib/linux-x86_64/libx.so: contents do not match FILES.sha256"), problem(digests, changed));
        Files renamed = kFiles;
        renamed.erase("lib/linux-x86_64/libx.so");
        renamed["lib/linux-x86_64/liby.so"] = "library";
        CPPUNIT_ASSERT_EQUAL(std::string("FILES.sha256 lists lib/linux-x86_64/libx.so but the package has no such file"),
                             problem(digests, renamed));
        Files renamedBack = kFiles;
        renamedBack.erase("README.md");
        renamedBack["LICENSE"] = "hello";
        CPPUNIT_ASSERT_EQUAL(std::string("the package has file LICENSE that FILES.sha256 does not list"),
                             problem(digests, renamedBack));
        Files extra = kFiles;
        extra["models.json"] = "[]";
        CPPUNIT_ASSERT_EQUAL(std::string("the package has file models.json that FILES.sha256 does not list"), problem(digests, extra));
        Files missing = kFiles;
        missing.erase("manifest.json");
        CPPUNIT_ASSERT_EQUAL(std::string("FILES.sha256 lists manifest.json but the package has no such file"), problem(digests, missing));
    }

    void namesTheMalformedLine() {
        std::string hex(64, 'a');
        CPPUNIT_ASSERT_EQUAL(std::string("FILES.sha256 line 2 is malformed: expected '<64 lower-case hex digits>  <path>'"),
                             parseProblem(hex + "  a\n" + hex + " b\n"));
        CPPUNIT_ASSERT_EQUAL(std::string("FILES.sha256 line 1 is malformed: expected '<64 lower-case hex digits>  <path>'"),
                             parseProblem(std::string(64, 'A') + "  a\n"));
        CPPUNIT_ASSERT_EQUAL(std::string("FILES.sha256 line 2 is malformed: paths must be unique and sorted"),
                             parseProblem(hex + "  b\n" + hex + "  a\n"));
        CPPUNIT_ASSERT_EQUAL(std::string("FILES.sha256 line 1 is malformed: it does not end with a newline"),
                             parseProblem(hex + "  a"));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(FileDigestsTest);
