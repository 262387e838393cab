// The parts of an absolute http:// or https:// URL that the upstream client needs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sluice::net {

/** An upstream address split for connecting (host, port, TLS) and for the request line (target). */
struct UpstreamUrl {
    bool tls = false;
    std::string host;        // without IPv6 brackets
    uint16_t port = 0;
    std::string hostHeader;  // the Host header value: host, bracketed for IPv6, with a non-default port
    std::string target;      // path plus query, at least "/"
    std::string poolKey;     // "scheme://host:port", which connections are shared by

    /** Splits url; nullopt when it is not an absolute http(s) URL with a valid host and port. */
    static std::optional<UpstreamUrl> parse(std::string_view url);
};

}  // namespace sluice::net
