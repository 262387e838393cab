// Hashing and generation of API keys: keys are stored only as SHA-256 digests.
#pragma once

#include <string>
#include <string_view>

namespace sluice::util {

/** Lower-case hex SHA-256 of text (how tokens are stored and looked up). */
std::string sha256Hex(std::string_view text);

/** A new random API key: "sk-" followed by 48 base62 characters (~285 bits). */
std::string newApiKey();

/** A short non-secret hint for listings: "sk-t…0001". */
std::string keyHint(std::string_view key);

/** A unique (not secret) request id: 24 hex characters. */
std::string newRequestId();

}  // namespace sluice::util
