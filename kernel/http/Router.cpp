#include "http/Router.h"

#include "http/ApiError.h"
#include "http/Exchange.h"
#include "util/Secrets.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandler.h>

namespace sluice::http {

namespace {

std::string pathOf(const std::string& uri) {
    size_t q = uri.find('?');
    return q == std::string::npos ? uri : uri.substr(0, q);
}

/** Runs one endpoint; any escaped exception becomes a 500 in OpenAI's shape, never a crash. */
class EndpointHandler : public Poco::Net::HTTPRequestHandler {
public:
    explicit EndpointHandler(const Endpoint* endpoint, ApiError fallback = ApiError(500, "server_error", "internal_error", ""))
        : endpoint_(endpoint), fallback_(std::move(fallback)) {}

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
        std::string requestId = util::newRequestId();
        response.set("X-Request-Id", requestId);
        try {
            if (!endpoint_) {
                response.setKeepAlive(false);  // the body was not read: the connection cannot carry another request
                return sendError(response, fallback_);
            }
            (*endpoint_)(request, response);
        } catch (const ApiError& e) {
            if (!response.sent()) sendError(response, e);
        } catch (const std::exception& e) {
            Poco::Logger::get("sluice.http")
                .error("request %s on %s failed: %s", requestId, pathOf(request.getURI()), std::string(e.what()));
            if (!response.sent())
                sendError(response, ApiError(500, "server_error", "internal_error", "Internal error (request " + requestId + ")"));
        }
    }

private:
    const Endpoint* endpoint_;
    ApiError fallback_;
};

}  // namespace

void Router::add(const std::string& method, const std::string& path, Endpoint endpoint) {
    routes_[{method, path}] = std::move(endpoint);
}

Poco::Net::HTTPRequestHandler* Router::createRequestHandler(const Poco::Net::HTTPServerRequest& request) {
    std::string path = pathOf(request.getURI());
    auto it = routes_.find({request.getMethod(), path});
    if (it != routes_.end()) return new EndpointHandler(&it->second);
    for (const auto& [key, endpoint] : routes_)
        if (key.second == path)
            return new EndpointHandler(nullptr, ApiError(405, "invalid_request_error", "method_not_allowed",
                                                         "Method " + request.getMethod() + " is not allowed on " + path));
    return new EndpointHandler(nullptr, ApiError(404, "invalid_request_error", "unknown_url",
                                                 "Unknown request URL: " + request.getMethod() + " " + path));
}

}  // namespace sluice::http
