// Hashing and generation of API keys: keys are stored only as SHA-256 digests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sluice::util {

/** Lower-case hex SHA-256 of text (how tokens are stored and looked up). */
std::string sha256Hex(std::string_view text);

/** A new random API key: "sk-" followed by 48 base62 characters (~285 bits). */
std::string newApiKey();

/** A short non-secret hint for listings: "sk-t…0001". */
std::string keyHint(std::string_view key);

/**
 * Replaces every occurrence of each secret in text (also in its JSON-escaped
 * form) with "[redacted]": for upstream replies passed on to a caller or a
 * log, since an upstream may echo the key it was sent.
 */
std::string redactSecrets(std::string text, const std::vector<std::string>& secrets);

/** A unique (not secret) request id: 24 hex characters. */
std::string newRequestId();

}  // namespace sluice::util
