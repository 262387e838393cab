// SIGNATURE: a publisher's Ed25519 signature over the exact bytes of FILES.sha256.
#pragma once

#include "packages/PublicKey.h"
#include "packages/SigningKey.h"

#include <string>
#include <string_view>

namespace sluice::packages {

/** The SIGNATURE file: {"algorithm":"ed25519","key_id":"…","signature":"<base64 of 64 bytes>"}. */
class PackageSignature {
public:
    /** The file's name inside a package. */
    static constexpr const char* kFileName = "SIGNATURE";

    /** Signs the FILES.sha256 text with key. */
    static PackageSignature create(const SigningKey& key, std::string_view filesSha256);

    /** Parses SIGNATURE text; throws std::invalid_argument naming the bad field. */
    static PackageSignature parse(std::string_view json);

    /** The SIGNATURE text. */
    std::string json() const;

    /** The id of the key that signed. */
    const std::string& keyId() const noexcept { return keyId_; }

    /** Whether this is key's valid signature of the FILES.sha256 text. */
    bool matches(const PublicKey& key, std::string_view filesSha256) const;

private:
    PackageSignature(std::string keyId, std::string signature) : keyId_(std::move(keyId)), signature_(std::move(signature)) {}

    std::string keyId_;
    std::string signature_;  // 64 raw bytes
};

}  // namespace sluice::packages
