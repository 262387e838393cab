#include "plugins/HostHttpClient.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/URI.h>

#include <istream>
#include <memory>
#include <stdexcept>

namespace sluice::plugins {

namespace {

constexpr int64_t kDefaultTimeoutMs = 30000;
constexpr size_t kMaxBodyBytes = 16 * 1024 * 1024;

Poco::URI parseUrl(const std::string& url) {
    Poco::URI uri;
    try {
        uri = Poco::URI(url);
    } catch (const Poco::Exception& e) {
        throw std::invalid_argument("not a URL: " + e.displayText());
    }
    if ((uri.getScheme() != "http" && uri.getScheme() != "https") || uri.getHost().empty())
        throw std::invalid_argument("only absolute http:// and https:// URLs can be fetched");
    return uri;
}

std::unique_ptr<Poco::Net::HTTPClientSession> sessionFor(const Poco::URI& uri) {
    if (uri.getScheme() == "http") return std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
    static const Poco::Net::Context::Ptr context =
        new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", Poco::Net::Context::VERIFY_RELAXED, 9, true);
    return std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), context);
}

std::string readCapped(std::istream& in) {
    std::string body;
    char buffer[16384];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        body.append(buffer, static_cast<size_t>(in.gcount()));
        if (body.size() > kMaxBodyBytes) throw std::runtime_error("response body exceeds 16 MiB");
    }
    return body;
}

}  // namespace

std::string HostHttpClient::hostOf(const std::string& url) { return parseUrl(url).getHost(); }

HostHttpResponse HostHttpClient::fetch(const HostHttpRequest& request) {
    Poco::URI uri = parseUrl(request.url);
    try {
        auto session = sessionFor(uri);
        int64_t timeout = request.timeoutMs > 0 ? request.timeoutMs : kDefaultTimeoutMs;
        session->setTimeout(Poco::Timespan(timeout * 1000));
        Poco::Net::HTTPRequest out(request.method.empty() ? "GET" : request.method, uri.getPathAndQuery(),
                                   Poco::Net::HTTPMessage::HTTP_1_1);
        for (const auto& [name, value] : request.headers) out.add(name, value);
        if (!request.body.empty()) out.setContentLength(static_cast<std::streamsize>(request.body.size()));
        session->sendRequest(out) << request.body;
        Poco::Net::HTTPResponse in;
        std::istream& body = session->receiveResponse(in);
        return HostHttpResponse{static_cast<int>(in.getStatus()), readCapped(body)};
    } catch (const Poco::Exception& e) {
        throw std::runtime_error(uri.getHost() + ": " + e.displayText());
    }
}

}  // namespace sluice::plugins
