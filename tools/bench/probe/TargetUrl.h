#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::probe {

/**
 * The --url the probe loads. Only http://127.0.0.1 is accepted: the probe is
 * meant for loopback benchmarks, and refusing other hosts keeps it from being
 * pointed at someone else's server by mistake.
 */
struct TargetUrl {
    /** TCP port on 127.0.0.1. */
    std::uint16_t port = 80;
    /** Request target: path and query, never empty. */
    std::string path = "/";
    /** Host header value, "127.0.0.1:PORT". */
    std::string authority;

    /** Parses http://127.0.0.1[:PORT][/path][?query] into `url`; returns an error message, or "" when valid. */
    static std::string parse(std::string_view text, TargetUrl& url);
};

}  // namespace sluice::probe
