// An Ed25519 private key: how a publisher signs its plugin packages.
#pragma once

#include "packages/PublicKey.h"

#include <string>
#include <string_view>

namespace sluice::packages {

/** A publisher's Ed25519 private key. Its PEM is secret: never print or log it. */
class SigningKey {
public:
    /** A new random key. */
    static SigningKey generate();

    /** Parses a PEM PKCS#8 private key; throws std::invalid_argument unless it is an Ed25519 private key. */
    static SigningKey fromPem(const std::string& pem);

    /** The PEM PKCS#8 text (unencrypted: store it with mode 0600). */
    std::string privatePem() const;

    /** The public half, to give to those who verify. */
    PublicKey publicKey() const;

    /** The 64-byte Ed25519 signature of message. */
    std::string sign(std::string_view message) const;

private:
    explicit SigningKey(KeyHandle key) : key_(std::move(key)) {}

    KeyHandle key_;
};

}  // namespace sluice::packages
