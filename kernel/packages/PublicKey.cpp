#include "packages/PublicKey.h"

#include "util/Secrets.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <stdexcept>

namespace sluice::packages {

PublicKey PublicKey::fromPem(const std::string& pem) {
    KeyHandle key = readPem(pem, PEM_read_bio_PUBKEY);
    if (!key) throw std::invalid_argument("not an Ed25519 public key in PEM (SubjectPublicKeyInfo)");
    return PublicKey(std::move(key));
}

std::string PublicKey::pem() const { return pemText(PEM_write_bio_PUBKEY, key_.get(), "writing an Ed25519 public key"); }

std::string PublicKey::keyId() const { return util::sha256Hex(rawPublicKey(key_.get())).substr(0, 16); }

bool PublicKey::verify(std::string_view message, std::string_view signature) const {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key_.get()) != 1)
        throwOpenSslError("preparing an Ed25519 verification");
    int result = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                                  reinterpret_cast<const unsigned char*>(message.data()), message.size());
    ERR_clear_error();
    return result == 1;
}

}  // namespace sluice::packages
