// HTTP/1.1 message parts shared by the server and the upstream client.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::net {

/** Header list; names are lower-case when produced by the parsers here. */
using Headers = std::vector<std::pair<std::string, std::string>>;

/** Header slots reserved before parsing a head: enough for most, so the list is allocated once, not grown. */
inline constexpr size_t kTypicalHeaderCount = 16;

/** The value of the first header named `name` (lower-case), or "" when absent. */
std::string_view headerValue(const Headers& headers, std::string_view name);

/** One parsed request as the server hands it to the application. */
struct HttpRequest {
    std::string method;
    std::string target;  // as sent: path plus query
    std::string path;    // target without the query
    std::string query;   // after '?', without it
    Headers headers;     // lower-case names
    std::string body;    // decoded (Content-Length or chunked)
    std::string clientAddress;  // the peer's IP address, as text
    /**
     * Who the application's head filter found the caller to be, before the
     * body was read: an opaque pointer that also owns what it points into,
     * set and read by the application only.
     */
    std::shared_ptr<const void> principal;
};

/** A complete response the server sends on the application's behalf (a head filter's refusal). */
struct HttpResponse {
    int status = 200;
    Headers headers;
    std::string body;
};

}  // namespace sluice::net
