// What the Ed25519 key classes share: owned OpenSSL keys and precise OpenSSL errors.
#pragma once

#include <openssl/types.h>

#include <memory>
#include <string>

namespace sluice::packages {

/** An OpenSSL key, freed with the last owner. */
using KeyHandle = std::shared_ptr<EVP_PKEY>;

/** Takes ownership of key; throws std::runtime_error naming `what` when it is null. */
KeyHandle ownKey(EVP_PKEY* key, const std::string& what);

/** Throws std::runtime_error: "`what` failed: <OpenSSL's reason>"; clears OpenSSL's error queue. */
[[noreturn]] void throwOpenSslError(const std::string& what);

/** The key's 32 raw public bytes. */
std::string rawPublicKey(EVP_PKEY* key);

/** Everything a memory BIO filled by write(bio) holds, e.g. a PEM text. */
std::string pemText(int (*write)(BIO*, const EVP_PKEY*), const EVP_PKEY* key, const std::string& what);

/** Parses PEM text with read (e.g. PEM_read_bio_PUBKEY); null when it is not such a key. */
KeyHandle readPem(const std::string& pem, EVP_PKEY* (*read)(BIO*, EVP_PKEY**, pem_password_cb*, void*));

}  // namespace sluice::packages
