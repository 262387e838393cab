// The admin API and pages, behind the operator's admin token.
#pragma once

#include "http/Router.h"
#include "metrics/MetricsRegistry.h"
#include "plugins/PluginHost.h"

#include <string>

namespace sluice::admin {

/**
 * Registers /admin routes. Every one needs the admin token (admin.token), as
 * "Authorization: Bearer <token>" or HTTP Basic with any user name, so a
 * browser can open the pages; with no token configured the admin surface is
 * off (404).
 */
class AdminEndpoints {
public:
    AdminEndpoints(std::string adminToken, const plugins::PluginHost& plugins, const metrics::MetricsRegistry& metrics);

    /** Adds the admin routes to the router. */
    void registerRoutes(http::Router& router) const;

private:
    /** True when the request carries the admin token; otherwise answers 404 or 401 itself. */
    bool allowed(const http::RequestContext& context) const;

    std::string adminToken_;
    const plugins::PluginHost& plugins_;
    const metrics::MetricsRegistry& metrics_;
};

}  // namespace sluice::admin
