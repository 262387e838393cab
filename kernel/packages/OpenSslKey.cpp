#include "packages/OpenSslKey.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <stdexcept>

namespace sluice::packages {

namespace {

using BioHandle = std::unique_ptr<BIO, decltype(&BIO_free)>;

}  // namespace

KeyHandle ownKey(EVP_PKEY* key, const std::string& what) {
    if (!key) throwOpenSslError(what);
    return KeyHandle(key, EVP_PKEY_free);
}

void throwOpenSslError(const std::string& what) {
    unsigned long code = ERR_get_error();
    char reason[256] = "unknown error";
    if (code != 0) ERR_error_string_n(code, reason, sizeof reason);
    ERR_clear_error();
    throw std::runtime_error(what + " failed: " + reason);
}

std::string rawPublicKey(EVP_PKEY* key) {
    size_t length = 0;
    if (EVP_PKEY_get_raw_public_key(key, nullptr, &length) != 1) throwOpenSslError("reading an Ed25519 public key");
    std::string raw(length, '\0');
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &length) != 1)
        throwOpenSslError("reading an Ed25519 public key");
    return raw;
}

std::string pemText(int (*write)(BIO*, const EVP_PKEY*), const EVP_PKEY* key, const std::string& what) {
    BioHandle bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || write(bio.get(), key) != 1) throwOpenSslError(what);
    char* data = nullptr;
    long length = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<size_t>(length));
}

KeyHandle readPem(const std::string& pem, EVP_PKEY* (*read)(BIO*, EVP_PKEY**, pem_password_cb*, void*)) {
    BioHandle bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
    EVP_PKEY* key = bio ? read(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    ERR_clear_error();
    if (!key) return nullptr;
    KeyHandle owned(key, EVP_PKEY_free);
    return EVP_PKEY_get_id(key) == EVP_PKEY_ED25519 ? owned : nullptr;
}

}  // namespace sluice::packages
