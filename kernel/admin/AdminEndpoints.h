// The admin API and pages, behind the operator's admin token.
#pragma once

#include "admin/PluginActions.h"
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
/** The kernel parts the admin surface reads and changes; all outlive it. */
struct AdminServices {
    const plugins::PluginHost& plugins;
    const metrics::MetricsRegistry& metrics;
    PluginActions actions;
    std::string warning;  // shown atop the plugins page when set (e.g. unsigned packages allowed)
};

class AdminEndpoints {
public:
    AdminEndpoints(std::string adminToken, AdminServices services);

    /** Adds the admin routes to the router. */
    void registerRoutes(http::Router& router) const;

private:
    /** True when the request carries the admin token; otherwise answers 404 or 401 itself. */
    bool allowed(const http::RequestContext& context) const;

    std::string pluginsJson() const;

    std::string adminToken_;
    AdminServices services_;
};

}  // namespace sluice::admin
