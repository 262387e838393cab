// HTTP/1.1 message parts shared by the server and the upstream client.
#pragma once

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
};

}  // namespace sluice::net
