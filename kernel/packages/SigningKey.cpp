#include "packages/SigningKey.h"

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <stdexcept>

namespace sluice::packages {

namespace {

int writePrivateKey(BIO* bio, const EVP_PKEY* key) {
    return PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
}

}  // namespace

SigningKey SigningKey::generate() {
    return SigningKey(ownKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), "generating an Ed25519 key"));
}

SigningKey SigningKey::fromPem(const std::string& pem) {
    KeyHandle key = readPem(pem, PEM_read_bio_PrivateKey);
    if (!key) throw std::invalid_argument("not an Ed25519 private key in PEM (PKCS#8)");
    return SigningKey(std::move(key));
}

std::string SigningKey::privatePem() const { return pemText(writePrivateKey, key_.get(), "writing an Ed25519 private key"); }

PublicKey SigningKey::publicKey() const {
    std::string raw = rawPublicKey(key_.get());
    return PublicKey(ownKey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                        reinterpret_cast<const unsigned char*>(raw.data()), raw.size()),
                            "deriving an Ed25519 public key"));
}

std::string SigningKey::sign(std::string_view message) const {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key_.get()) != 1)
        throwOpenSslError("preparing an Ed25519 signature");
    size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(message.data());
    if (EVP_DigestSign(context.get(), nullptr, &length, data, message.size()) != 1) throwOpenSslError("signing");
    std::string signature(length, '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, data, message.size()) != 1)
        throwOpenSslError("signing");
    signature.resize(length);
    return signature;
}

}  // namespace sluice::packages
