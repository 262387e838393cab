#include "http/Router.h"

#include "util/Secrets.h"

#include <Poco/Logger.h>

namespace sluice::http {

void Router::add(const std::string& method, const std::string& path, Endpoint endpoint, HeadCheck check,
                 ErrorRenderer renderError) {
    routes_.push_back(Route{method, PathPattern(path), std::move(endpoint), std::move(check), std::move(renderError)});
}

const Router::Route& Router::find(const net::HttpRequest& request, PathParams* params) const {
    bool pathKnown = false;
    const size_t kept = params ? params->size() : 0;
    for (const Route& route : routes_) {
        if (!route.path.match(request.path, params)) continue;
        pathKnown = true;
        if (route.method == request.method) return route;
        if (params) params->resize(kept);  // another method's captures
    }
    if (pathKnown)
        throw ApiError(405, "invalid_request_error", "method_not_allowed",
                       "Method " + request.method + " is not allowed on " + request.path);
    throw ApiError(404, "invalid_request_error", "unknown_url", "Unknown request URL: " + request.method + " " + request.path);
}

std::optional<net::HttpResponse> Router::admit(net::HttpRequest& head, net::EventLoop& loop) const {
    const Route* route = nullptr;
    try {
        route = &find(head);
        if (route->check) route->check(head, loop);
        return std::nullopt;
    } catch (const ApiError& e) {
        net::HttpResponse refusal{e.status(),
                                  {{"Content-Type", "application/json"}, {"X-Request-Id", util::newRequestId()}},
                                  route ? route->errorBody(e) : e.toJson()};
        refusal.headers.insert(refusal.headers.end(), e.headers().begin(), e.headers().end());
        return refusal;
    }
}

void Router::dispatch(net::HttpRequest&& request, std::shared_ptr<net::ResponseChannel> channel) const {
    auto context = std::make_shared<RequestContext>();
    context->request = std::move(request);
    context->channel = std::move(channel);
    context->requestId = util::newRequestId();
    const Route* route = nullptr;
    auto answer = [&](const ApiError& error) {
        if (context->channel->started()) return;
        context->sendJson(error.status(), route ? route->errorBody(error) : error.toJson(), error.headers());
    };
    try {
        route = &find(context->request, &context->pathParams);
        // A request the server's head filter admitted carries its principal; one that bypassed it is checked now.
        if (route->check && !context->request.principal) route->check(context->request, context->channel->loop());
        route->endpoint(context);
    } catch (const ApiError& e) {
        answer(e);
    } catch (const std::exception& e) {
        Poco::Logger::get("sluice.http")
            .error("request %s on %s failed: %s", context->requestId, context->request.path, std::string(e.what()));
        answer(ApiError(500, "server_error", "internal_error", "Internal error (request " + context->requestId + ")"));
    }
}

}  // namespace sluice::http
