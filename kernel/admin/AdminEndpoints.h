// The admin API and pages, behind the operator's admin token.
#pragma once

#include "admin/LoginThrottle.h"
#include "admin/PluginActions.h"
#include "exec/Executor.h"
#include "http/Router.h"
#include "metrics/MetricsRegistry.h"
#include "plugins/PluginHost.h"

#include <string>

namespace sluice::admin {

/** The kernel parts the admin surface reads and changes; all outlive it. */
struct AdminServices {
    const plugins::PluginHost& plugins;
    const metrics::MetricsRegistry& metrics;
    PluginActions actions;
    std::string warning;  // shown atop the plugins page when set (e.g. unsigned packages allowed)
    exec::Executor& executor;  // plugin changes (SQL, manifest scans) run here, off the loops
};

/**
 * Registers /admin routes. Every one needs the admin token (admin.token), as
 * "Authorization: Bearer <token>" or HTTP Basic with any user name, so a
 * browser can open the pages; with no token configured the admin surface is
 * off (404). Each wrong token is logged with the client's address (never the
 * token), and a client that presents too many is answered 429 with
 * Retry-After for a while, its token unchecked (LoginThrottle).
 */
class AdminEndpoints {
public:
    AdminEndpoints(std::string adminToken, AdminServices services);

    /** Adds the admin routes to the router. */
    void registerRoutes(http::Router& router) const;

private:
    /**
     * The admin routes' head check: passes a request carrying the admin token
     * (recording the operator as its principal), before its body is read;
     * throws the 404 (admin off), 429 (throttled) or 401 ApiError otherwise.
     */
    void requireToken(net::HttpRequest& head) const;

    /** Applies a plugin change on the executor and answers on the request's loop. */
    void applyPluginChange(const std::shared_ptr<http::RequestContext>& context) const;

    /** Logs a wrong token from the request's client and counts it against that client. */
    void noteWrongToken(const net::HttpRequest& request) const;

    std::string pluginsJson() const;

    std::string adminToken_;
    AdminServices services_;
    mutable LoginThrottle throttle_;  // thread-safe: requests on every loop share it
};

}  // namespace sluice::admin
