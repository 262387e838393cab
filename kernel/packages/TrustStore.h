// The publisher keys an operator trusts to sign plugin packages.
#pragma once

#include "packages/PublicKey.h"

#include <map>
#include <string>

namespace sluice::packages {

/** A directory of Ed25519 public keys (*.pub, PEM), looked up by key id. */
class TrustStore {
public:
    /**
     * Loads every *.pub file of directory; a missing directory is an empty store.
     * An unreadable or invalid key file throws std::invalid_argument naming it,
     * so a broken trust store is noticed instead of silently shrinking.
     */
    static TrustStore load(const std::string& directory);

    /** Copies key into directory (created owner-only if needed) as <key id>.pub; returns the key id. */
    static std::string add(const std::string& directory, const PublicKey& key);

    /** The key with this id; null when it is not trusted. */
    const PublicKey* find(const std::string& keyId) const;

    /** The directory the keys came from. */
    const std::string& directory() const noexcept { return directory_; }

private:
    explicit TrustStore(std::string directory) : directory_(std::move(directory)) {}

    std::string directory_;
    std::map<std::string, PublicKey> keys_;
};

}  // namespace sluice::packages
