// Where an upstream request goes: scheme, host, port and path, parsed once.
#pragma once

#include <cstdint>
#include <string>

namespace sluice::upstream {

/** A parsed http(s) URL; key() names its connection pool. */
struct UpstreamTarget {
    bool secure = false;
    std::string host;
    uint16_t port = 0;
    std::string pathAndQuery;

    /** Parses an absolute http:// or https:// URL; throws std::invalid_argument. */
    static UpstreamTarget parse(const std::string& url);

    /** "https://host:port": requests with the same key share connections. */
    std::string key() const;
};

}  // namespace sluice::upstream
