// Ed25519 keys: PEM round trips, key ids, signatures that verify only with the right key and message.
#include "packages/PackageSignature.h"
#include "packages/SigningKey.h"
#include "util/Secrets.h"

#include <cppunit/extensions/HelperMacros.h>

using namespace sluice::packages;

class SigningKeyTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(SigningKeyTest);
    CPPUNIT_TEST(signsAndVerifies);
    CPPUNIT_TEST(wrongKeyOrMessageFails);
    CPPUNIT_TEST(pemRoundTripKeepsTheKey);
    CPPUNIT_TEST(refusesWhatIsNotAnEd25519Key);
    CPPUNIT_TEST(signatureFileRoundTrip);
    CPPUNIT_TEST_SUITE_END();

public:
    void signsAndVerifies() {
        auto key = SigningKey::generate();
        std::string signature = key.sign("FILES");
        CPPUNIT_ASSERT_EQUAL(size_t(64), signature.size());
        CPPUNIT_ASSERT(key.publicKey().verify("FILES", signature));
    }

    void wrongKeyOrMessageFails() {
        auto key = SigningKey::generate(), other = SigningKey::generate();
        std::string signature = key.sign("FILES");
        CPPUNIT_ASSERT(!other.publicKey().verify("FILES", signature));
        CPPUNIT_ASSERT(!key.publicKey().verify("FILEZ", signature));
        CPPUNIT_ASSERT(!key.publicKey().verify("FILES", signature.substr(0, 63)));
        CPPUNIT_ASSERT(key.publicKey().keyId() != other.publicKey().keyId());
    }

    void pemRoundTripKeepsTheKey() {
        auto key = SigningKey::generate();
        std::string privatePem = key.privatePem();
        CPPUNIT_ASSERT(privatePem.rfind("-----BEGIN PRIVATE KEY-----", 0) == 0);
        auto reread = SigningKey::fromPem(privatePem);
        auto publicKey = PublicKey::fromPem(key.publicKey().pem());
        CPPUNIT_ASSERT(key.publicKey().pem().rfind("-----BEGIN PUBLIC KEY-----", 0) == 0);
        CPPUNIT_ASSERT(publicKey.verify("m", reread.sign("m")));
        CPPUNIT_ASSERT_EQUAL(key.publicKey().keyId(), publicKey.keyId());
        CPPUNIT_ASSERT_EQUAL(size_t(16), publicKey.keyId().size());
    }

    void refusesWhatIsNotAnEd25519Key() {
        auto key = SigningKey::generate();
        CPPUNIT_ASSERT_THROW(PublicKey::fromPem(key.privatePem()), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(SigningKey::fromPem(key.publicKey().pem()), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(SigningKey::fromPem("not a key"), std::invalid_argument);
    }

    void signatureFileRoundTrip() {
        auto key = SigningKey::generate();
        auto signature = PackageSignature::parse(PackageSignature::create(key, "digests\n").json());
        CPPUNIT_ASSERT_EQUAL(key.publicKey().keyId(), signature.keyId());
        CPPUNIT_ASSERT(signature.matches(key.publicKey(), "digests\n"));
        CPPUNIT_ASSERT(!signature.matches(key.publicKey(), "digests!\n"));
        CPPUNIT_ASSERT(!signature.matches(SigningKey::generate().publicKey(), "digests\n"));
        CPPUNIT_ASSERT_THROW(PackageSignature::parse(R"({"algorithm":"rsa","key_id":"0123456789abcdef","signature":""})"),
                             std::invalid_argument);
        CPPUNIT_ASSERT_THROW(PackageSignature::parse(R"({"algorithm":"ed25519","key_id":"0123456789abcdef","signature":"AAAA"})"),
                             std::invalid_argument);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(SigningKeyTest);
