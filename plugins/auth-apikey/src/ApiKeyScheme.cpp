#include "ApiKeyScheme.h"

#include <cctype>

namespace sluice::plugins {

namespace {

constexpr size_t kMaxKeyLength = 256;

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    return true;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

AuthResult keyResult(std::string_view key) {
    if (key.empty()) return {SLUICE_AUTH_REJECTED, {}, "empty API key"};
    if (key.size() > kMaxKeyLength) return {SLUICE_AUTH_REJECTED, {}, "API key too long"};
    for (char c : key)
        if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f) return {SLUICE_AUTH_REJECTED, {}, "API key has invalid characters"};
    return {SLUICE_AUTH_API_KEY, std::string(key), {}};
}

std::string_view queryKey(std::string_view query) {
    while (!query.empty()) {
        size_t amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        if (pair.substr(0, 4) == "key=") return pair.substr(4);
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return {};
}

}  // namespace

ApiKeyScheme::ApiKeyScheme(const Host&, std::string_view) {}

AuthResult ApiKeyScheme::authenticate(const HeaderViews& headers, std::string_view query) {
    for (const auto& [name, value] : headers) {
        if (name == "authorization") {
            std::string_view v = trim(value);
            if (!startsWithIgnoringCase(v, "bearer ")) return {SLUICE_AUTH_REJECTED, {}, "Authorization must be 'Bearer <key>'"};
            return keyResult(trim(v.substr(7)));
        }
        if (name == "x-api-key" || name == "x-goog-api-key") return keyResult(trim(value));
    }
    std::string_view fromQuery = queryKey(query);
    return fromQuery.empty() ? AuthResult{} : keyResult(fromQuery);
}

}  // namespace sluice::plugins

SLUICE_AUTH_PLUGIN(sluice::plugins::ApiKeyScheme, "sluice/auth-apikey", "1.0.0",
                   R"({"type":"object","properties":{},"additionalProperties":false})")
