// An Ed25519 public key: how a publisher's signature is checked.
#pragma once

#include "packages/OpenSslKey.h"

#include <string>
#include <string_view>

namespace sluice::packages {

/** A publisher's Ed25519 public key, named by its key id. */
class PublicKey {
public:
    /** Parses a PEM SubjectPublicKeyInfo; throws std::invalid_argument unless it is an Ed25519 public key. */
    static PublicKey fromPem(const std::string& pem);

    /** Wraps an OpenSSL key known to be Ed25519 (the public half of a SigningKey). */
    explicit PublicKey(KeyHandle key) : key_(std::move(key)) {}

    /** The PEM SubjectPublicKeyInfo text. */
    std::string pem() const;

    /** First 16 hex characters of the SHA-256 of the raw 32-byte key: short, stable, printable. */
    std::string keyId() const;

    /** Whether signature (64 raw bytes) is this key's signature of message. */
    bool verify(std::string_view message, std::string_view signature) const;

private:
    KeyHandle key_;
};

}  // namespace sluice::packages
