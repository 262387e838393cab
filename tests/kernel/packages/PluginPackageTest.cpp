// Plugin packages: layout, verification outcomes and their exact reasons, for packages and installed folders.
#include "kernel/packages/PackageFixture.h"
#include "packages/TarArchive.h"
#include "util/Files.h"

#include <cppunit/extensions/HelperMacros.h>

#include <filesystem>

using namespace sluice::packages;
using sluice::testsupport::PackageFixture;

namespace {

const VerifyPolicy kSignedOnly{false};
const VerifyPolicy kUnsignedAllowed{true};

template <typename Check>
std::string refusal(Check check) {
    try {
        check();
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "accepted";
}

/** The package's bytes with one byte of the file at path flipped (tar headers stay valid). */
std::string withFlippedByte(const PluginPackage& package, const std::string& path) {
    std::string bytes = package.bytes();
    std::string content = TarArchive::read(bytes).files().at(path);
    size_t at = bytes.find(content);
    bytes[at] ^= 0x20;
    return bytes;
}

}  // namespace

class PluginPackageTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PluginPackageTest);
    CPPUNIT_TEST(goodSignedPackageVerifies);
    CPPUNIT_TEST(unsignedDependsOnPolicy);
    CPPUNIT_TEST(unknownKeyIsRefused);
    CPPUNIT_TEST(signatureOfOtherDigestsIsRefused);
    CPPUNIT_TEST(tamperedByteIsRefused);
    CPPUNIT_TEST(layoutIsChecked);
    CPPUNIT_TEST(installedFolderVerifiesAndDetectsTampering);
    CPPUNIT_TEST(brokenTrustStoreIsReported);
    CPPUNIT_TEST(packageBuiltByCmakeVerifies);
    CPPUNIT_TEST_SUITE_END();

public:
    void goodSignedPackageVerifies() {
        PackageFixture fixture;
        auto package = PluginPackage::fromBytes(fixture.signedPackage().bytes());
        auto verdict = package.verify(fixture.trust(), kSignedOnly);
        CPPUNIT_ASSERT(verdict.isSigned);
        CPPUNIT_ASSERT_EQUAL(fixture.publisher.publicKey().keyId(), verdict.keyId);
        CPPUNIT_ASSERT_EQUAL(std::string("acme/chat"), package.manifest().id);
        CPPUNIT_ASSERT_EQUAL(std::string("libacme-chat.so"), package.manifest().library);
        CPPUNIT_ASSERT_EQUAL(size_t(12), package.contentId().size());
    }

    void unsignedDependsOnPolicy() {
        PackageFixture fixture;
        auto package = fixture.unsignedPackage();
        CPPUNIT_ASSERT_EQUAL(std::string("package is unsigned and plugins.allow_unsigned is off"),
                             refusal([&] { package.verify(fixture.trust(), kSignedOnly); }));
        auto verdict = package.verify(fixture.trust(), kUnsignedAllowed);
        CPPUNIT_ASSERT(!verdict.isSigned);
        CPPUNIT_ASSERT(verdict.keyId.empty());
    }

    void unknownKeyIsRefused() {
        PackageFixture fixture;
        auto package = fixture.unsignedPackage();
        auto stranger = SigningKey::generate();
        package.sign(stranger);
        CPPUNIT_ASSERT_EQUAL("signed by key " + stranger.publicKey().keyId() + ", which is not in the trust store " +
                                 fixture.trustDir(),
                             refusal([&] { package.verify(fixture.trust(), kUnsignedAllowed); }));
    }

    void signatureOfOtherDigestsIsRefused() {
        PackageFixture fixture;
        auto signedOld = fixture.signedPackage("1.0.0", "old library");
        auto files = TarArchive::read(signedOld.bytes()).files();
        auto newer = TarArchive::read(fixture.unsignedPackage("1.0.0", "new library").bytes()).files();
        newer["SIGNATURE"] = files.at("SIGNATURE");  // a valid signature, of other digests
        TarArchive forged;
        for (const auto& [path, content] : newer) forged.add(path, content);
        auto package = PluginPackage::fromBytes(forged.write());
        CPPUNIT_ASSERT_EQUAL("signature by key " + fixture.publisher.publicKey().keyId() + " does not match FILES.sha256",
                             refusal([&] { package.verify(fixture.trust(), kSignedOnly); }));
    }

    void tamperedByteIsRefused() {
        PackageFixture fixture;
        auto package = PluginPackage::fromBytes(withFlippedByte(fixture.signedPackage(), PackageFixture::libraryPath()));
        CPPUNIT_ASSERT_EQUAL(PackageFixture::libraryPath() + ": contents do not match FILES.sha256",
                             refusal([&] { package.verify(fixture.trust(), kSignedOnly); }));
    }

    void layoutIsChecked() {
        PackageFixture fixture;
        std::string folder = fixture.stage();
        std::filesystem::remove(folder + "/" + PackageFixture::libraryPath());
        CPPUNIT_ASSERT_EQUAL(folder + ": the package has no " + PackageFixture::libraryPath(),
                             refusal([&] { PluginPackage::pack(folder); }));
        std::string extra = fixture.stage();
        fixture.dir.write(extra.substr(fixture.dir.path().size() + 1) + "/notes.txt", "x");
        CPPUNIT_ASSERT(refusal([&] { PluginPackage::pack(extra); }).rfind(extra + ": the package has file notes.txt, which has no place", 0) == 0);
        std::string noDigests = fixture.stage();
        TarArchive archive, packed = TarArchive::read(PluginPackage::pack(noDigests).bytes());
        for (const auto& [path, content] : packed.files())
            if (path != "FILES.sha256") archive.add(path, content);
        CPPUNIT_ASSERT_EQUAL(std::string("the package has no FILES.sha256"),
                             refusal([&] { PluginPackage::fromBytes(archive.write()); }));
    }

    void installedFolderVerifiesAndDetectsTampering() {
        PackageFixture fixture;
        auto package = fixture.signedPackage();
        std::string folder = fixture.dir.path() + "/installed";
        package.extractTo(folder);
        CPPUNIT_ASSERT_EQUAL(fixture.publisher.publicKey().keyId(),
                             PluginPackage::verifyFolder(folder, fixture.trust(), kSignedOnly).keyId);
        std::string library = folder + "/" + PackageFixture::libraryPath();
        CPPUNIT_ASSERT_EQUAL(std::filesystem::perms::owner_exec,
                             std::filesystem::status(library).permissions() & std::filesystem::perms::owner_exec);
        auto verifyProblem = [&] { return refusal([&] { PluginPackage::verifyFolder(folder, fixture.trust(), kSignedOnly); }); };

        std::filesystem::rename(library, library + ".bak");
        sluice::util::writeNewFile(library, "fake ELF bytez", 0755);
        CPPUNIT_ASSERT_EQUAL(folder + ": " + PackageFixture::libraryPath() + ": contents do not match FILES.sha256", verifyProblem());
        std::filesystem::rename(library + ".bak", library);

        sluice::util::writeNewFile(folder + "/LICENSE", "MIT", 0644);
        CPPUNIT_ASSERT_EQUAL(folder + ": the package has file LICENSE that FILES.sha256 does not list", verifyProblem());
        std::filesystem::remove(folder + "/LICENSE");

        std::filesystem::remove(folder + "/README.md");
        CPPUNIT_ASSERT_EQUAL(folder + ": FILES.sha256 lists README.md but the package has no such file", verifyProblem());
        sluice::util::writeNewFile(folder + "/README.md", "# acme chat\n", 0644);

        std::filesystem::remove(library);
        std::filesystem::create_symlink("/bin/true", library);
        CPPUNIT_ASSERT_EQUAL(folder + ": " + PackageFixture::libraryPath() + " is a symbolic link", verifyProblem());
    }

    void brokenTrustStoreIsReported() {
        PackageFixture fixture;
        fixture.dir.write("trust/broken.pub", "not a key");
        CPPUNIT_ASSERT_EQUAL("trust store key " + fixture.trustDir() + "/broken.pub: not an Ed25519 public key in PEM (SubjectPublicKeyInfo)",
                             refusal([&] { TrustStore::load(fixture.trustDir()); }));
    }

    void packageBuiltByCmakeVerifies() {
        PackageFixture fixture;
        auto package = PluginPackage::fromFile(std::string(SLUICE_PLUGINS_DIR) + "/provider-openai.sluicepkg");
        CPPUNIT_ASSERT_EQUAL(std::string("sluice/provider-openai"), package.manifest().id);
        CPPUNIT_ASSERT(!package.verify(fixture.trust(), kUnsignedAllowed).isSigned);
        package.sign(fixture.publisher);
        CPPUNIT_ASSERT(PluginPackage::fromBytes(package.bytes()).verify(fixture.trust(), kSignedOnly).isSigned);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PluginPackageTest);
