// Maps method + path to endpoints; everything else gets an OpenAI-shaped 404/405.
#pragma once

#include "http/RequestContext.h"

#include <functional>
#include <string>
#include <vector>

namespace sluice::http {

/** The work for one route; may answer later (the context is shared). */
using Endpoint = std::function<void(const std::shared_ptr<RequestContext>&)>;

/** Exact-path routing table. */
class Router {
public:
    /** Routes method + path (query string ignored) to endpoint. */
    void add(const std::string& method, const std::string& path, Endpoint endpoint);

    /**
     * Runs the endpoint for one request on its loop thread: gives it a request
     * id, and turns an escaped ApiError or exception into an OpenAI-shaped answer.
     */
    void dispatch(net::HttpRequest&& request, std::shared_ptr<net::ResponseChannel> channel) const;

private:
    /** One route; a handful exist, so a linear scan beats any map (and allocates nothing). */
    struct Route {
        std::string method;
        std::string path;
        Endpoint endpoint;
    };

    const Route* find(const net::HttpRequest& request, bool& pathKnown) const;

    std::vector<Route> routes_;
};

}  // namespace sluice::http
