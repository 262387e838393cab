#include "http/RequestContext.h"

namespace sluice::http {

void RequestContext::send(int status, std::string_view contentType, std::string_view body,
                          const net::Headers& extra) const {
    net::Headers headers;
    headers.reserve(2 + extra.size());
    headers.emplace_back("Content-Type", contentType);
    headers.emplace_back("X-Request-Id", requestId);
    headers.insert(headers.end(), extra.begin(), extra.end());
    channel->respond(status, headers, body);
}

std::string_view RequestContext::pathParam(std::string_view name) const {
    for (const auto& [key, value] : pathParams)
        if (key == name) return value;
    return {};
}

void RequestContext::sendJson(int status, std::string_view body, const net::Headers& extra) const {
    send(status, "application/json", body, extra);
}

void RequestContext::sendError(const ApiError& error, const net::Headers& extra) const {
    if (error.headers().empty()) return sendJson(error.status(), error.toJson(), extra);
    net::Headers headers = error.headers();
    headers.insert(headers.end(), extra.begin(), extra.end());
    sendJson(error.status(), error.toJson(), headers);
}

void RequestContext::startEventStream(std::string_view contentType) const {
    channel->startStream(200, {{"Content-Type", std::string(contentType)},
                               {"Cache-Control", "no-cache"},
                               {"X-Accel-Buffering", "no"},
                               {"X-Request-Id", requestId}});
}

}  // namespace sluice::http
