#include "net/HttpClient.h"

#include "net/ClientCall.h"
#include "net/ClientTlsContext.h"
#include "net/ConnectionPool.h"
#include "net/HttpText.h"
#include "net/Resolver.h"
#include "net/UpstreamUrl.h"
#include "net/UpstreamUrlCache.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

namespace sluice::net {

namespace {

/** Headers the client writes itself, or that would change the framing or the connection's fate. */
bool isManagedHeader(std::string_view name) {
    constexpr std::string_view kManaged[] = {"host",       "content-length", "transfer-encoding",
                                             "connection", "keep-alive",     "upgrade"};
    return std::any_of(std::begin(kManaged), std::end(kManaged),
                       [&](std::string_view managed) { return equalsIgnoringCase(name, managed); });
}

bool isValidHeaderValue(std::string_view value) {
    return std::none_of(value.begin(), value.end(), [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
}

/** Why the request cannot be sent as given, or "" when it can. Never quotes header values: they carry keys. */
std::string requestProblem(const ClientRequest& request) {
    if (!isToken(request.method)) return "invalid request method";
    for (const auto& [name, value] : request.headers) {
        if (!isToken(name)) return "invalid request header name";
        if (!isValidHeaderValue(value)) return "invalid value in request header " + name;
    }
    return {};
}

/** GET and HEAD without a body go without Content-Length, as user agents send them. */
bool needsContentLength(const ClientRequest& request) {
    return !request.body.empty() || (request.method != "GET" && request.method != "HEAD");
}

std::string encodeRequest(const ClientRequest& request, const UpstreamUrl& url) {
    size_t headerBytes = 0;
    for (const auto& [name, value] : request.headers) headerBytes += name.size() + value.size() + 4;
    std::string wire;
    wire.reserve(request.method.size() + url.target.size() + url.hostHeader.size() + headerBytes + 96 +
                 request.body.size());
    wire.append(request.method).append(" ").append(url.target).append(" HTTP/1.1\r\nHost: ");
    wire.append(url.hostHeader).append("\r\n");
    if (needsContentLength(request))
        wire.append("Content-Length: ").append(std::to_string(request.body.size())).append("\r\n");
    wire.append("Connection: keep-alive\r\n");
    for (const auto& [name, value] : request.headers) {
        if (!isManagedHeader(name)) wire.append(name).append(": ").append(value).append("\r\n");
    }
    wire.append("\r\n").append(request.body);
    return wire;
}

}  // namespace

struct HttpClient::Impl {
    Impl(EventLoop& loop, ClientTimeouts clientTimeouts, size_t maxIdlePerHost, TlsOptions tlsOptions)
        : timeouts(clientTimeouts),
          pool(maxIdlePerHost),
          resolver(loop),
          tls(std::move(tlsOptions.caFile)),
          context{loop, timeouts, pool, resolver, tls, inFlight} {}

    ~Impl() {
        while (!inFlight.empty()) (*inFlight.begin())->cancel();
    }

    ClientTimeouts timeouts;
    ConnectionPool pool;
    Resolver resolver;
    ClientTlsContext tls;
    UpstreamUrlCache urls;
    std::unordered_set<ClientCall*> inFlight;
    ClientCall::Context context;
};

HttpClient::HttpClient(EventLoop& loop, ClientTimeouts timeouts, size_t maxIdlePerHost, TlsOptions tls)
    : impl_(std::make_unique<Impl>(loop, timeouts, maxIdlePerHost, std::move(tls))) {}

HttpClient::~HttpClient() = default;

std::shared_ptr<UpstreamCall> HttpClient::send(ClientRequest request, std::shared_ptr<UpstreamHandler> handler) {
    auto call = std::make_shared<ClientCall>(impl_->context, std::move(handler));
    std::shared_ptr<const UpstreamUrl> url = impl_->urls.find(request.url);
    std::string problem = url ? requestProblem(request) : "invalid upstream URL (expected http(s)://host[:port]/path)";
    if (!problem.empty()) {
        call->failSoon(std::move(problem));
        return call;
    }
    std::string wire = encodeRequest(request, *url);
    bool headRequest = request.method == "HEAD";
    call->start(std::move(url), std::move(wire), headRequest);
    return call;
}

}  // namespace sluice::net
