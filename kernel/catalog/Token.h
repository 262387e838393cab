// An API token: who may call, which models, within which quota.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sluice::catalog {

/** One token as stored: only the SHA-256 of its key is ever kept. */
struct Token {
    int64_t id = 0;
    std::string name;
    std::string keyHash;
    std::string keyHint;
    std::vector<std::string> models;  // "*" allows every model
    std::optional<int64_t> quota;     // empty = unlimited
    int64_t usedQuota = 0;
    std::string group = "default";
    bool enabled = true;
    std::optional<int64_t> expiresAt;  // unix ms

    /** Whether the token may call the model. */
    bool allowsModel(const std::string& model) const;

    /** Whether the token is past its expiry at the given unix time in ms. */
    bool expiredAt(int64_t nowMillis) const { return expiresAt && *expiresAt <= nowMillis; }
};

}  // namespace sluice::catalog
