#include "HttpRequest.h"

#include "Text.h"

#include <algorithm>

namespace sluice::probe {
namespace {

bool hasHeader(const std::vector<std::string>& headers, std::string_view lowerName) {
    return std::any_of(headers.begin(), headers.end(), [lowerName](const std::string& header) {
        return equalsLowercase(headerName(header), lowerName);
    });
}

}  // namespace

std::string formatRequest(const ProbeOptions& options) {
    std::string request = options.body ? "POST " : "GET ";
    request += options.url.path;
    request += " HTTP/1.1\r\n";
    if (!hasHeader(options.headers, "host")) {
        request += "Host: " + options.url.authority + "\r\n";
    }
    request += "User-Agent: sluice-bench-probe\r\n";
    for (const std::string& header : options.headers) {
        request += header + "\r\n";
    }
    if (options.body) {
        if (!hasHeader(options.headers, "content-type")) {
            request += "Content-Type: application/json\r\n";
        }
        request += "Content-Length: " + std::to_string(options.body->size()) + "\r\n";
    }
    request += "\r\n";
    if (options.body) {
        request += *options.body;
    }
    return request;
}

}  // namespace sluice::probe
