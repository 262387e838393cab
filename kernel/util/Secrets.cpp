#include "util/Secrets.h"

#include "util/JsonText.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <memory>
#include <random>
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

/**
 * This thread's digest context, kept between calls: EVP_Digest() allocates a
 * context and the algorithm's state on every call (two mallocs per request's
 * key lookup), while a kept context is re-initialised in place.
 */
EVP_MD_CTX* threadDigestContext() {
    thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return context.get();
}

}  // namespace

std::string sha256Hex(std::string_view text) {
    // Fetched once: OpenSSL 3 looks the algorithm up on every implicit use, which costs more than the digest.
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX* context = threadDigestContext();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!sha256 || !context || EVP_DigestInit_ex2(context, sha256, nullptr) != 1 ||
        EVP_DigestUpdate(context, text.data(), text.size()) != 1 || EVP_DigestFinal_ex(context, digest, &length) != 1)
        throw std::runtime_error("OpenSSL SHA-256 failed");
    std::string hex(length * 2, '\0');
    for (unsigned int i = 0; i < length; ++i) {
        hex[2 * i] = kHex[digest[i] >> 4];
        hex[2 * i + 1] = kHex[digest[i] & 0xf];
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
    // Ids need to be unique, not secret: a per-thread generator avoids the CSPRNG on every request.
    thread_local std::mt19937_64 random = [] {
        auto seed = randomBytes<8>();
        uint64_t value = 0;
        for (unsigned char byte : seed) value = (value << 8) | byte;
        return std::mt19937_64(value);
    }();
    std::string id(24, '0');
    for (size_t half = 0; half < 2; ++half) {
        uint64_t bits = random();
        for (size_t i = 0; i < 12; ++i, bits >>= 4) id[half * 12 + i] = kHex[bits & 0xf];
    }
    return id;
}

namespace {

/** Secrets shorter than this are not searched for: replacing them would mangle ordinary text. */
constexpr size_t kShortestRedacted = 4;

void replaceAll(std::string& text, std::string_view secret) {
    static constexpr std::string_view kRedacted = "[redacted]";
    for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + kRedacted.size()))
        text.replace(at, secret.size(), kRedacted);
}

}  // namespace

std::string redactSecrets(std::string text, const std::vector<std::string>& secrets) {
    for (const std::string& secret : secrets) {
        if (secret.size() < kShortestRedacted) continue;
        const std::string quoted = jsonQuote(secret);
        std::string escaped = quoted.substr(1, quoted.size() - 2);
        std::string slashEscaped;  // some encoders also write '/' as "\/"
        for (char c : escaped) {
            if (c == '/') slashEscaped += '\\';
            slashEscaped += c;
        }
        for (const std::string& form : {secret, escaped, slashEscaped}) replaceAll(text, form);
    }
    return text;
}

}  // namespace sluice::util
