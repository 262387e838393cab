// Maps method + path to endpoints; everything else gets an OpenAI-shaped 404/405.
#pragma once

#include "http/PathPattern.h"
#include "http/RequestContext.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sluice::http {

/** The work for one route; may answer later (the context is shared). */
using Endpoint = std::function<void(const std::shared_ptr<RequestContext>&)>;

/**
 * A route's stage that runs on the request head before the body is read
 * (authentication on the headers): throws ApiError to refuse the request,
 * and records who the caller is in head.principal. A request dispatched
 * without a principal (its head filter bypassed) is checked at dispatch.
 */
using HeadCheck = std::function<void(net::HttpRequest& head, net::EventLoop& loop)>;

/** The body of an error answer in a route's dialect (OpenAI's shape when a route names none). */
using ErrorRenderer = std::function<std::string(const ApiError& error)>;

/** Routing table of method + path pattern ({name} captures reach the endpoint as path parameters). */
class Router {
public:
    /**
     * Routes method + path pattern (query string ignored) to endpoint, after check on
     * the head when given; errors the router answers for the route (the head
     * check's, escaped ones) take renderError's shape when given.
     */
    void add(const std::string& method, const std::string& path, Endpoint endpoint, HeadCheck check = {},
             ErrorRenderer renderError = {});

    /**
     * Decides on a request from its head, before the body is read: an unknown
     * route or a failed head check is refused with its OpenAI-shaped answer,
     * so no body is received for it. nullopt lets the request go on.
     */
    std::optional<net::HttpResponse> admit(net::HttpRequest& head, net::EventLoop& loop) const;

    /**
     * Runs the endpoint for one request on its loop thread: gives it a request
     * id, and turns an escaped ApiError or exception into an OpenAI-shaped answer.
     */
    void dispatch(net::HttpRequest&& request, std::shared_ptr<net::ResponseChannel> channel) const;

private:
    /** One route; a handful exist, so a linear scan beats any map (and allocates nothing). */
    struct Route {
        std::string method;
        PathPattern path;
        Endpoint endpoint;
        HeadCheck check;
        ErrorRenderer renderError;

        /** error's body in this route's shape. */
        std::string errorBody(const ApiError& error) const { return renderError ? renderError(error) : error.toJson(); }
    };

    /** The route for request, its captures added to params; throws the 404 or 405 ApiError when there is none. */
    const Route& find(const net::HttpRequest& request, PathParams* params = nullptr) const;

    std::vector<Route> routes_;
};

}  // namespace sluice::http
