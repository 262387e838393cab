#include "util/Secrets.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace sluice::util {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr std::string_view kBase62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

template <size_t N>
std::array<unsigned char, N> randomBytes() {
    std::array<unsigned char, N> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(N)) != 1) throw std::runtime_error("OpenSSL RAND_bytes failed");
    return bytes;
}

}  // namespace

std::string sha256Hex(std::string_view text) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL SHA-256 failed");
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex.push_back(kHex[digest[i] >> 4]);
        hex.push_back(kHex[digest[i] & 0xf]);
    }
    return hex;
}

std::string newApiKey() {
    std::string key = "sk-";
    while (key.size() < 51)
        for (unsigned char byte : randomBytes<64>())
            if (byte < 248 && key.size() < 51) key.push_back(kBase62[byte % 62]);  // 248 = 4 * 62: no modulo bias
    return key;
}

std::string keyHint(std::string_view key) {
    if (key.size() <= 8) return std::string(key.substr(0, 2)) + "…";
    return std::string(key.substr(0, 4)) + "…" + std::string(key.substr(key.size() - 4));
}

std::string newRequestId() {
    std::string id;
    for (unsigned char byte : randomBytes<12>()) {
        id.push_back(kHex[byte >> 4]);
        id.push_back(kHex[byte & 0xf]);
    }
    return id;
}

}  // namespace sluice::util
