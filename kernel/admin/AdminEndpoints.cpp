#include "admin/AdminEndpoints.h"

#include "admin/PluginsPage.h"
#include "http/ApiError.h"
#include "util/JsonText.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Logger.h>

#include <openssl/crypto.h>

#include <sstream>

namespace sluice::admin {

namespace {

/** The admin pages load only their own script and styles, post nowhere, and are never framed (clickjacking). */
constexpr const char* kPageSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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

/** The principal of a request that carries the admin token: the operator. */
const std::shared_ptr<const void>& operatorPrincipal() {
    static const std::shared_ptr<const void> principal = std::make_shared<const std::string>("operator");
    return principal;
}

}  // namespace

AdminEndpoints::AdminEndpoints(std::string adminToken, AdminServices services)
    : adminToken_(std::move(adminToken)), services_(std::move(services)) {}

std::string AdminEndpoints::pluginsJson() const {
    return plugins::recordsToJson(services_.plugins.current()->records());
}

void AdminEndpoints::requireToken(net::HttpRequest& head) const {
    if (adminToken_.empty())
        throw http::ApiError(404, "invalid_request_error", "admin_disabled",
                             "The admin API is off: set admin.token (SLUICE_ADMIN_TOKEN) to enable it.");
    const std::string& client = head.clientAddress;
    if (const long wait = throttle_.retryAfterSeconds(client); wait > 0)
        throw http::ApiError(429, "rate_limit_error", "admin_token_attempts_exceeded",
                             "Too many wrong admin tokens from this address; try again in " + std::to_string(wait) +
                                 " seconds.")
            .withHeader("Retry-After", std::to_string(wait));
    const std::string presented = presentedSecret(head);
    if (sameSecret(presented, adminToken_)) {
        throttle_.recordSuccess(client);
        head.principal = operatorPrincipal();
        return;
    }
    if (!presented.empty()) noteWrongToken(head);
    throw http::ApiError(401, "invalid_request_error", "invalid_admin_token", "A valid admin token is required.")
        .withHeader("WWW-Authenticate", "Basic realm=\"Sluice admin\", charset=\"UTF-8\"");
}

void AdminEndpoints::applyPluginChange(const std::shared_ptr<http::RequestContext>& context) const {
    if (net::headerValue(context->request.headers, "x-sluice-admin") != "1")
        throw http::ApiError(403, "invalid_request_error", "missing_admin_header",
                             "Changes need the header 'X-Sluice-Admin: 1' (a guard against cross-site forms).");
    const bool accepted = services_.executor.runThenResume<std::string>(
        context->channel->loop(), [this, body = context->request.body] { return services_.actions.apply(body); },
        [context](std::string done, std::exception_ptr failure) {
            try {
                if (failure) std::rethrow_exception(failure);
                context->sendJson(202, R"({"status":"accepted","message":)" + util::jsonQuote(done) + "}");
            } catch (const std::invalid_argument& e) {
                context->sendError(http::ApiError(400, "invalid_request_error", "invalid_plugin_settings", e.what()));
            } catch (const std::exception& e) {
                Poco::Logger::get("sluice.admin").error("request %s: plugin change failed: %s", context->requestId,
                                                        std::string(e.what()));
                context->sendError(http::ApiError(500, "server_error", "internal_error",
                                                  "The plugin change failed (request " + context->requestId + ")."));
            }
        });
    if (!accepted)
        throw http::ApiError(503, "server_error", "server_busy", "The server is busy; retry the change shortly.")
            .withHeader("Retry-After", "1");
}

void AdminEndpoints::noteWrongToken(const net::HttpRequest& request) const {
    const bool lockedOut = throttle_.recordFailure(request.clientAddress);
    Poco::Logger& log = Poco::Logger::get("sluice.admin");
    log.warning("wrong admin token from %s on %s %s", request.clientAddress, request.method, request.path);
    if (lockedOut)
        log.warning("%s presented too many wrong admin tokens; refused for %ld seconds", request.clientAddress,
                    throttle_.retryAfterSeconds(request.clientAddress));
}

void AdminEndpoints::registerRoutes(http::Router& router) const {
    const http::HeadCheck token = [this](net::HttpRequest& head, net::EventLoop&) { requireToken(head); };
    router.add("GET", "/admin/api/plugins", [this](const auto& context) { context->sendJson(200, pluginsJson()); }, token);
    router.add("POST", "/admin/api/plugins/settings", [this](const auto& context) { applyPluginChange(context); }, token);
    router.add("GET", "/metrics", [this](const auto& context) {
        context->send(200, "text/plain; version=0.0.4", services_.metrics.renderPrometheus());
    }, token);
    router.add("GET", "/admin/plugins", [this](const auto& context) {
        context->send(200, "text/html; charset=utf-8", renderPluginsPage(services_.plugins.current()->records(), services_.warning),
                      {{"Content-Security-Policy", kPageSecurityPolicy}});
    }, token);
    router.add("GET", "/admin/plugins.js", [this](const auto& context) {
        context->send(200, "text/javascript; charset=utf-8", pluginsScript());
    }, token);
}

}  // namespace sluice::admin
