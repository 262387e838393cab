#include "http/Router.h"

#include "util/Secrets.h"

#include <Poco/Logger.h>

namespace sluice::http {

namespace {

ApiError noRoute(const std::map<std::pair<std::string, std::string>, Endpoint>& routes, const net::HttpRequest& request) {
    for (const auto& [key, endpoint] : routes)
        if (key.second == request.path)
            return ApiError(405, "invalid_request_error", "method_not_allowed",
                            "Method " + request.method + " is not allowed on " + request.path);
    return ApiError(404, "invalid_request_error", "unknown_url", "Unknown request URL: " + request.method + " " + request.path);
}

}  // namespace

void Router::add(const std::string& method, const std::string& path, Endpoint endpoint) {
    routes_[{method, path}] = std::move(endpoint);
}

void Router::dispatch(net::HttpRequest&& request, std::shared_ptr<net::ResponseChannel> channel) const {
    auto context = std::make_shared<RequestContext>();
    context->request = std::move(request);
    context->channel = std::move(channel);
    context->requestId = util::newRequestId();
    try {
        auto it = routes_.find({context->request.method, context->request.path});
        if (it == routes_.end()) throw noRoute(routes_, context->request);
        it->second(context);
    } catch (const ApiError& e) {
        if (!context->channel->started()) context->sendError(e);
    } catch (const std::exception& e) {
        Poco::Logger::get("sluice.http")
            .error("request %s on %s failed: %s", context->requestId, context->request.path, std::string(e.what()));
        if (!context->channel->started())
            context->sendError(ApiError(500, "server_error", "internal_error", "Internal error (request " + context->requestId + ")"));
    }
}

}  // namespace sluice::http
