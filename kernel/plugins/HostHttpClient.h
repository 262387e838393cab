// The blocking HTTP(S) client behind the http_fetch host service.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sluice::plugins {

/** One request a plugin asked the host to make. */
struct HostHttpRequest {
    std::string method;
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    int64_t timeoutMs = 0;
};

/** The answer: status and body. */
struct HostHttpResponse {
    int status = 0;
    std::string body;
};

/**
 * Performs one exchange on the calling thread (plugins call it off the event
 * loops). Redirects are returned, not followed, so every host a plugin reaches
 * passes its egress check. Bodies are capped at 16 MiB.
 */
class HostHttpClient {
public:
    /** Throws std::invalid_argument for a URL that is not absolute http(s), std::runtime_error on failure. */
    static HostHttpResponse fetch(const HostHttpRequest& request);

    /** The host part of an absolute http(s) URL; throws std::invalid_argument otherwise. */
    static std::string hostOf(const std::string& url);
};

}  // namespace sluice::plugins
