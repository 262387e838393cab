#include "http/Exchange.h"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/String.h>
#include <Poco/URI.h>

namespace sluice::http {

plugins::HeaderList lowerCaseHeaders(const Poco::Net::HTTPServerRequest& request) {
    plugins::HeaderList headers;
    headers.reserve(request.size());
    for (const auto& [name, value] : request) headers.emplace_back(Poco::toLower(name), value);
    return headers;
}

std::string queryOf(const Poco::Net::HTTPServerRequest& request) {
    const std::string& uri = request.getURI();
    size_t q = uri.find('?');
    return q == std::string::npos ? std::string() : uri.substr(q + 1);
}

namespace {

constexpr size_t kDrainLimit = 64 * 1024 * 1024;

/**
 * Reads and discards what the client is still sending, so the error answer
 * reaches it instead of a connection reset (the same lingering read nginx does).
 */
void discardRest(std::istream& in) {
    char buffer[16384];
    size_t drained = 0;
    while (drained < kDrainLimit && (in.read(buffer, sizeof buffer) || in.gcount() > 0))
        drained += static_cast<size_t>(in.gcount());
}

}  // namespace

std::string readBody(Poco::Net::HTTPServerRequest& request, size_t maxBytes) {
    std::istream& in = request.stream();
    auto tooLarge = [&] {
        discardRest(in);
        return ApiError(413, "invalid_request_error", "request_too_large",
                        "Request body exceeds the limit of " + std::to_string(maxBytes) + " bytes");
    };
    if (request.hasContentLength() && static_cast<size_t>(request.getContentLength64()) > maxBytes) throw tooLarge();
    std::string body;
    if (request.hasContentLength()) body.reserve(static_cast<size_t>(request.getContentLength64()));
    char buffer[16384];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        body.append(buffer, static_cast<size_t>(in.gcount()));
        if (body.size() > maxBytes) throw tooLarge();
    }
    return body;
}

void sendJson(Poco::Net::HTTPServerResponse& response, int status, const std::string& body) {
    response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.setContentType("application/json");
    response.setContentLength(static_cast<std::streamsize>(body.size()));
    response.send().write(body.data(), static_cast<std::streamsize>(body.size()));
}

void sendError(Poco::Net::HTTPServerResponse& response, const ApiError& error) {
    sendJson(response, error.status(), error.toJson());
}

void prepareClientSocket(Poco::Net::HTTPServerRequest& request, int sendTimeoutMs) {
    Poco::Net::StreamSocket& socket = static_cast<Poco::Net::HTTPServerRequestImpl&>(request).socket();
    socket.setNoDelay(true);
    socket.setSendTimeout(Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(sendTimeoutMs) * 1000));
}

}  // namespace sluice::http
