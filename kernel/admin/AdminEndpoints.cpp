#include "admin/AdminEndpoints.h"

#include "admin/PluginsPage.h"
#include "http/ApiError.h"

#include <Poco/Base64Decoder.h>

#include <openssl/crypto.h>

#include <sstream>

namespace sluice::admin {

namespace {

bool sameSecret(const std::string& given, const std::string& expected) {
    return given.size() == expected.size() && CRYPTO_memcmp(given.data(), expected.data(), given.size()) == 0;
}

/** The secret presented as Bearer, or as the password of HTTP Basic. */
std::string presentedSecret(const net::HttpRequest& request) {
    std::string header(net::headerValue(request.headers, "authorization"));
    if (header.rfind("Bearer ", 0) == 0) return header.substr(7);
    if (header.rfind("Basic ", 0) != 0) return {};
    std::istringstream encoded(header.substr(6));
    Poco::Base64Decoder decoder(encoded);
    std::string userAndPassword((std::istreambuf_iterator<char>(decoder)), std::istreambuf_iterator<char>());
    size_t colon = userAndPassword.find(':');
    return colon == std::string::npos ? std::string() : userAndPassword.substr(colon + 1);
}

}  // namespace

AdminEndpoints::AdminEndpoints(std::string adminToken, const plugins::PluginHost& plugins,
                               const metrics::MetricsRegistry& metrics)
    : adminToken_(std::move(adminToken)), plugins_(plugins), metrics_(metrics) {}

bool AdminEndpoints::allowed(const http::RequestContext& context) const {
    if (adminToken_.empty()) {
        context.sendError(http::ApiError(404, "invalid_request_error", "admin_disabled",
                                         "The admin API is off: set admin.token (SLUICE_ADMIN_TOKEN) to enable it."));
        return false;
    }
    if (sameSecret(presentedSecret(context.request), adminToken_)) return true;
    context.sendError(http::ApiError(401, "invalid_request_error", "invalid_admin_token", "A valid admin token is required."),
                      {{"WWW-Authenticate", "Basic realm=\"Sluice admin\", charset=\"UTF-8\""}});
    return false;
}

void AdminEndpoints::registerRoutes(http::Router& router) const {
    router.add("GET", "/admin/api/plugins", [this](const auto& context) {
        if (!allowed(*context)) return;
        context->sendJson(200, plugins::recordsToJson(plugins_.current()->records()));
    });
    router.add("GET", "/metrics", [this](const auto& context) {
        if (!allowed(*context)) return;
        context->send(200, "text/plain; version=0.0.4", metrics_.renderPrometheus());
    });
    router.add("GET", "/admin/plugins", [this](const auto& context) {
        if (!allowed(*context)) return;
        context->send(200, "text/html; charset=utf-8", renderPluginsPage(plugins_.current()->records()),
                      {{"Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"}});
    });
}

}  // namespace sluice::admin
