#include "TargetUrl.h"

#include <charconv>

namespace sluice::probe {
namespace {

constexpr std::string_view kScheme = "http://";
constexpr std::string_view kLoopbackHost = "127.0.0.1";

/** True for bytes that may not appear in a request line. */
bool isForbiddenInPath(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= ' ' || byte == 0x7f;
}

}  // namespace

std::string TargetUrl::parse(std::string_view text, TargetUrl& url) {
    if (text.substr(0, kScheme.size()) != kScheme) {
        return "the URL must start with http:// (no TLS on loopback)";
    }
    text.remove_prefix(kScheme.size());
    const std::size_t authorityEnd = text.find_first_of("/?#");
    const std::string_view authority = text.substr(0, authorityEnd);
    std::string_view rest = authorityEnd == std::string_view::npos ? std::string_view() : text.substr(authorityEnd);

    const std::size_t colon = authority.find(':');
    const std::string_view host = authority.substr(0, colon);
    if (host != kLoopbackHost) {
        return "refusing host '" + std::string(host) + "': the probe only loads 127.0.0.1";
    }
    url.port = 80;
    if (colon != std::string_view::npos) {
        const std::string_view digits = authority.substr(colon + 1);
        unsigned port = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
        if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || port == 0 ||
            port > 65535) {
            return "bad port '" + std::string(digits) + "'";
        }
        url.port = static_cast<std::uint16_t>(port);
    }

    rest = rest.substr(0, rest.find('#'));  // Fragments never go on the wire.
    for (const char c : rest) {
        if (isForbiddenInPath(c)) {
            return "the path has spaces or control characters";
        }
    }
    url.path = rest;
    if (url.path.empty() || url.path.front() != '/') {
        url.path.insert(url.path.begin(), '/');
    }
    url.authority.assign(kLoopbackHost).append(":").append(std::to_string(url.port));
    return "";
}

}  // namespace sluice::probe
