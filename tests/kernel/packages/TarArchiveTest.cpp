// Tar: deterministic round trip, archives written by cmake -E tar, pax sizes as GNU tar reads them,
// and every refusal with its reason.
#include "packages/TarArchive.h"
#include "support/TempDir.h"
#include "support/Thrown.h"
#include "util/Files.h"

#include <cppunit/extensions/HelperMacros.h>

#include <cstdio>
#include <filesystem>
#include <optional>

using sluice::packages::TarArchive;

namespace {

/**
 * One raw ustar entry (header plus padded data) with a correct checksum; the
 * header's size field says declaredSize when given, data.size() otherwise.
 */
std::string rawEntry(const std::string& name, char type, const std::string& data = {},
                     std::optional<size_t> declaredSize = {}) {
    std::string header(512, '\0');
    name.copy(header.data(), 100);
    std::snprintf(header.data() + 100, 8, "%07o", 0644);
    std::snprintf(header.data() + 124, 12, "%011zo", declaredSize.value_or(data.size()));
    header[156] = type;
    std::string("ustar\0" "00", 8).copy(header.data() + 257, 8);
    header.replace(148, 8, 8, ' ');
    unsigned sum = 0;
    for (unsigned char c : header) sum += c;
    std::snprintf(header.data() + 148, 7, "%06o", sum);
    return header + data + std::string((512 - data.size() % 512) % 512, '\0');
}

std::string endMarker() { return std::string(1024, '\0'); }

/** One pax record, "LENGTH keyword=value\n", whose length counts its own digits. */
std::string paxRecord(const std::string& keyword, const std::string& value) {
    std::string rest = " " + keyword + "=" + value + "\n";
    size_t digits = 1;
    while (std::to_string(rest.size() + digits).size() != digits) ++digits;
    return std::to_string(rest.size() + digits) + rest;
}

std::string refusal(const std::string& bytes) {
    return sluice::testsupport::thrownMessage([&] { TarArchive::read(bytes); }, "accepted");
}

}  // namespace

class TarArchiveTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(TarArchiveTest);
    CPPUNIT_TEST(roundTripIsDeterministic);
    CPPUNIT_TEST(longPathsUseTheUstarPrefix);
    CPPUNIT_TEST(readsPaxAndGnuLongNames);
    CPPUNIT_TEST(paxSizeOverridesTheUstarSize);
    CPPUNIT_TEST(refusesPaxHeadersGnuTarReadsOtherwise);
    CPPUNIT_TEST(readsWhatCmakeWrites);
    CPPUNIT_TEST(refusesLinksAndDevices);
    CPPUNIT_TEST(refusesUnsafeNames);
    CPPUNIT_TEST(refusesDuplicatesAndClashes);
    CPPUNIT_TEST(refusesDamagedArchives);
    CPPUNIT_TEST_SUITE_END();

public:
    void roundTripIsDeterministic() {
        TarArchive archive;
        archive.add("lib/linux-x86_64/libx.so", std::string("\x7f" "ELF\0binary", 10));
        archive.add("manifest.json", "{}");
        archive.add("empty", "");
        std::string bytes = archive.write();
        CPPUNIT_ASSERT_EQUAL(size_t(0), bytes.size() % 512);
        auto again = TarArchive::read(bytes);
        CPPUNIT_ASSERT(again.files() == archive.files());
        CPPUNIT_ASSERT(again.write() == bytes);
        CPPUNIT_ASSERT_EQUAL(std::string("0000755"), bytes.substr(512 + 100, 7));  // the .so: second by path, after the empty file's lone header
        CPPUNIT_ASSERT_EQUAL(std::string("0000644"), bytes.substr(100, 7));
        CPPUNIT_ASSERT_EQUAL(std::string("00000000000"), bytes.substr(136, 11));  // mtime 0
    }

    void longPathsUseTheUstarPrefix() {
        TarArchive archive;
        std::string path = std::string(120, 'd') + "/" + std::string(90, 'f');
        archive.add(path, "x");
        CPPUNIT_ASSERT(TarArchive::read(archive.write()).files().count(path));
        TarArchive tooLong;
        tooLong.add(std::string(300, 'a'), "x");
        CPPUNIT_ASSERT_THROW(tooLong.write(), std::invalid_argument);
    }

    void readsPaxAndGnuLongNames() {
        std::string longName = std::string(150, 'p') + ".txt";
        std::string record = "path=" + longName + "\n";
        std::string length = std::to_string(record.size() + 4);  // "NNN " prefix: 3 digits and a space
        std::string pax = rawEntry("PaxHeaders/x", 'x', length + " " + record) + rawEntry("short", '0', "pax");
        std::string gnu = rawEntry("././@LongLink", 'L', std::string(200, 'g') + '\0') + rawEntry("trunc", '0', "gnu");
        auto archive = TarArchive::read(pax + gnu + rawEntry("dir/", '5') + rawEntry("global", 'g', paxRecord("comment", "x")) +
                                        rawEntry("dir/f", '0', "f") + endMarker());
        CPPUNIT_ASSERT_EQUAL(std::string("pax"), archive.files().at(longName));
        CPPUNIT_ASSERT_EQUAL(std::string("gnu"), archive.files().at(std::string(200, 'g')));
        CPPUNIT_ASSERT_EQUAL(std::string("f"), archive.files().at("dir/f"));
        CPPUNIT_ASSERT_EQUAL(size_t(3), archive.files().size());
    }

    void paxSizeOverridesTheUstarSize() {
        // GNU tar reads 5 bytes of "grown" although its ustar header says none, and finds "hidden"
        // inside what the ustar header of "shrunk" claims as its 1024 bytes.
        std::string grown = rawEntry("h", 'x', paxRecord("size", "5")) + rawEntry("grown", '0', "hello", 0);
        std::string hidden = rawEntry("hidden", '0', "inside");
        std::string shrunk = rawEntry("h", 'x', paxRecord("size", "3")) +
                             rawEntry("shrunk", '0', "abc" + std::string(509, '\0') + hidden, 1024);
        auto archive = TarArchive::read(grown + shrunk + endMarker());
        CPPUNIT_ASSERT_EQUAL(std::string("hello"), archive.files().at("grown"));
        CPPUNIT_ASSERT_EQUAL(std::string("abc"), archive.files().at("shrunk"));
        CPPUNIT_ASSERT_EQUAL(std::string("inside"), archive.files().at("hidden"));
        CPPUNIT_ASSERT_EQUAL(size_t(3), archive.files().size());
    }

    void refusesPaxHeadersGnuTarReadsOtherwise() {
        auto withPax = [](char type, const std::string& records) {
            return refusal(rawEntry("h", type, records) + rawEntry("f", '0', "x") + endMarker());
        };
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 0 has an invalid size '12x'"),
                             withPax('x', paxRecord("size", "12x")));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 0 has an invalid size '-1'"),
                             withPax('x', paxRecord("size", "-1")));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 0 has an invalid size ''"), withPax('x', paxRecord("size", "")));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 0 has an invalid size '18446744073709551616'"),
                             withPax('x', paxRecord("size", "18446744073709551616")));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: archive is truncated: the entry at byte 1024 needs 9999999999 bytes"),
                             withPax('x', paxRecord("size", "9999999999")));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 0 is malformed"), withPax('x', "x1 size=1\n"));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 0 is malformed"), withPax('x', "12 size=1\n"));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 0 is malformed"), withPax('x', "9 size=1 "));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 0 is malformed"), withPax('x', paxRecord("", "1")));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 0 describes a sparse file; packages hold only plain files"),
                             withPax('x', paxRecord("GNU.sparse.major", "1")));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: global pax header at byte 0 sets a path or size for every later entry"),
                             withPax('g', paxRecord("size", "1")));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: global pax header at byte 0 sets a path or size for every later entry"),
                             withPax('g', paxRecord("path", "x")));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 1024 follows another one for the same entry"),
                             refusal(rawEntry("h", 'x', paxRecord("size", "1")) + rawEntry("h", 'x', paxRecord("path", "y")) +
                                     rawEntry("f", '0', "x") + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: directory entry 'dir/' has data"),
                             refusal(rawEntry("dir/", '5', "data") + endMarker()));
    }

    void readsWhatCmakeWrites() {
        sluice::testsupport::TempDir dir;
        std::string deep = "lib/linux-x86_64/" + std::string(110, 'n') + ".so";
        std::filesystem::create_directories(dir.path() + "/in/lib/linux-x86_64");
        dir.write("in/manifest.json", "{\"id\":1}");
        dir.write("in/" + deep, "library bytes");
        for (std::string format : {"gnutar", "pax", "paxr"}) {
            std::string tar = dir.path() + "/" + format + ".tar";
            std::string command = "cd " + dir.path() + "/in && " SLUICE_CMAKE_COMMAND " -E tar cf " + tar +
                                  " --format=" + format + " manifest.json lib";
            CPPUNIT_ASSERT_EQUAL_MESSAGE(format, 0, std::system(command.c_str()));
            auto archive = TarArchive::read(sluice::util::readFile(tar));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(format, std::string("library bytes"), archive.files().at(deep));
            CPPUNIT_ASSERT_EQUAL_MESSAGE(format, size_t(2), archive.files().size());
        }
    }

    void refusesLinksAndDevices() {
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry 'evil' is a symbolic link; packages hold only regular files and directories"),
                             refusal(rawEntry("evil", '2') + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry 'hard' is a hard link; packages hold only regular files and directories"),
                             refusal(rawEntry("hard", '1') + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry 'tty' is a character device; packages hold only regular files and directories"),
                             refusal(rawEntry("tty", '3') + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry 'sda' is a block device; packages hold only regular files and directories"),
                             refusal(rawEntry("sda", '4') + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry 'pipe' is a FIFO; packages hold only regular files and directories"),
                             refusal(rawEntry("pipe", '6') + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry 'sparse' has unsupported type 'S'"),
                             refusal(rawEntry("sparse", 'S') + endMarker()));
    }

    void refusesUnsafeNames() {
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry '/etc/passwd' has an absolute path"),
                             refusal(rawEntry("/etc/passwd", '0', "x") + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry 'lib/../../x' has a '..' component"),
                             refusal(rawEntry("lib/../../x", '0', "x") + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: an entry has an empty name"), refusal(rawEntry("", '0', "x") + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry 'a//b' has an empty or '.' component"),
                             refusal(rawEntry("a//b", '0', "x") + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry 'a\nb' has a control character in its name"),
                             refusal(rawEntry("a\nb", '0', "x") + endMarker()));
        std::string paxRecord = "16 path=../../x\n";
        CPPUNIT_ASSERT_EQUAL(std::string("tar: entry '../../x' has a '..' component"),
                             refusal(rawEntry("h", 'x', paxRecord) + rawEntry("safe", '0', "x") + endMarker()));
    }

    void refusesDuplicatesAndClashes() {
        CPPUNIT_ASSERT_EQUAL(std::string("tar: archive has 'a' twice"),
                             refusal(rawEntry("a", '0', "1") + rawEntry("./a", '0', "2") + endMarker()));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: archive has 'a' as a file and as a directory"),
                             refusal(rawEntry("a", '0', "1") + rawEntry("a/b", '0', "2") + endMarker()));
        TarArchive archive;
        archive.add("x", "1");
        CPPUNIT_ASSERT_THROW(archive.add("x", "2"), std::invalid_argument);
    }

    void refusesDamagedArchives() {
        std::string good = rawEntry("file", '0', std::string(700, 'z')) + endMarker();
        std::string badChecksum = good;
        badChecksum[0] = 'g';
        CPPUNIT_ASSERT_EQUAL(std::string("tar: header at byte 0 has a bad checksum"), refusal(badChecksum));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: archive is truncated: the entry at byte 0 needs 700 bytes"),
                             refusal(good.substr(0, 800)));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: archive is truncated inside the header at byte 0"), refusal(good.substr(0, 300)));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: archive is truncated: it has no end-of-archive marker"),
                             refusal(good.substr(0, 1536)));
        std::string notTar = good;
        notTar.replace(257, 5, "xxxxx");
        CPPUNIT_ASSERT_EQUAL(std::string("tar: header at byte 0 is not a ustar header"), refusal(notTar));
        CPPUNIT_ASSERT_EQUAL(std::string("tar: pax header at byte 0 is malformed"),
                             refusal(rawEntry("h", 'x', "99 path=x\n") + rawEntry("f", '0') + endMarker()));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(TarArchiveTest);
