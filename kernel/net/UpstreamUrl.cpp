#include "net/UpstreamUrl.h"

#include "net/HttpText.h"

#include <algorithm>

namespace sluice::net {

namespace {

bool isHostNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
}

bool isIpv6LiteralChar(char c) { return (c >= 'a' && c <= 'f') || (c >= '0' && c <= '9') || c == ':' || c == '.'; }

/** Visible ASCII only: a space, CR or LF in the target would split the request line. */
bool isValidTarget(std::string_view target) {
    return std::all_of(target.begin(), target.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

/** Reads "scheme://" off the front of url; false for anything but http and https. */
bool takeScheme(std::string_view& url, bool& tls) {
    size_t end = url.find("://");
    if (end == std::string_view::npos) return false;
    std::string_view scheme = url.substr(0, end);
    url.remove_prefix(end + 3);
    tls = equalsIgnoringCase(scheme, "https");
    return tls || equalsIgnoringCase(scheme, "http");
}

/** Splits "host[:port]" or "[v6][:port]" into a lower-case host and the port text after the colon. */
bool splitAuthority(std::string_view authority, std::string& host, std::string_view& portText) {
    std::string_view rest;
    bool bracketed = !authority.empty() && authority.front() == '[';
    if (bracketed) {
        size_t close = authority.find(']');
        if (close == std::string_view::npos) return false;
        host.assign(authority.substr(1, close - 1));
        rest = authority.substr(close + 1);
    } else {
        size_t colon = authority.find(':');
        host.assign(authority.substr(0, colon));
        rest = colon == std::string_view::npos ? std::string_view() : authority.substr(colon);
    }
    std::transform(host.begin(), host.end(), host.begin(), lowerAscii);
    if (!rest.empty() && rest.front() != ':') return false;
    portText = rest.empty() ? rest : rest.substr(1);
    auto validChar = bracketed ? isIpv6LiteralChar : isHostNameChar;
    return !host.empty() && std::all_of(host.begin(), host.end(), validChar);
}

bool parsePort(std::string_view text, uint16_t defaultPort, uint16_t& port) {
    if (text.empty()) {
        port = defaultPort;
        return true;
    }
    size_t value = 0;
    if (text.size() > 5 || !parseDecimal(text, value) || value == 0 || value > 65535) return false;
    port = static_cast<uint16_t>(value);
    return true;
}

}  // namespace

std::optional<UpstreamUrl> UpstreamUrl::parse(std::string_view url) {
    UpstreamUrl result;
    if (!takeScheme(url, result.tls)) return std::nullopt;
    url = url.substr(0, url.find('#'));
    size_t authorityEnd = url.find_first_of("/?");
    std::string_view authority = url.substr(0, authorityEnd);
    std::string_view portText;
    if (!splitAuthority(authority, result.host, portText)) return std::nullopt;
    uint16_t defaultPort = result.tls ? 443 : 80;
    if (!parsePort(portText, defaultPort, result.port)) return std::nullopt;

    std::string_view target = authorityEnd == std::string_view::npos ? std::string_view() : url.substr(authorityEnd);
    if (!isValidTarget(target)) return std::nullopt;
    result.target = target.empty() || target.front() == '?' ? std::string("/").append(target) : std::string(target);

    bool ipv6 = result.host.find(':') != std::string::npos;
    std::string bracketedHost = ipv6 ? "[" + result.host + "]" : result.host;
    std::string portSuffix = std::string(":").append(std::to_string(result.port));
    result.hostHeader = result.port == defaultPort ? bracketedHost : bracketedHost + portSuffix;
    result.poolKey = (result.tls ? "https://" : "http://") + bracketedHost + portSuffix;
    return result;
}

}  // namespace sluice::net
