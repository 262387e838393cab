#include "http/Router.h"

#include "util/Secrets.h"

#include <Poco/Logger.h>

namespace sluice::http {

void Router::add(const std::string& method, const std::string& path, Endpoint endpoint) {
    routes_.push_back(Route{method, path, std::move(endpoint)});
}

const Router::Route* Router::find(const net::HttpRequest& request, bool& pathKnown) const {
    pathKnown = false;
    for (const Route& route : routes_) {
        if (route.path != request.path) continue;
        pathKnown = true;
        if (route.method == request.method) return &route;
    }
    return nullptr;
}

void Router::dispatch(net::HttpRequest&& request, std::shared_ptr<net::ResponseChannel> channel) const {
    auto context = std::make_shared<RequestContext>();
    context->request = std::move(request);
    context->channel = std::move(channel);
    context->requestId = util::newRequestId();
    try {
        bool pathKnown = false;
        const Route* route = find(context->request, pathKnown);
        if (!route) {
            const net::HttpRequest& r = context->request;
            if (pathKnown)
                throw ApiError(405, "invalid_request_error", "method_not_allowed",
                               "Method " + r.method + " is not allowed on " + r.path);
            throw ApiError(404, "invalid_request_error", "unknown_url", "Unknown request URL: " + r.method + " " + r.path);
        }
        route->endpoint(context);
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
