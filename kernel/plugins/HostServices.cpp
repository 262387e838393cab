#include "plugins/HostServices.h"

#include "plugins/AbiTable.h"
#include "plugins/HostHttpClient.h"
#include "plugins/PluginText.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string_view>

namespace sluice::plugins {

namespace {

constexpr size_t kMaxCounterName = 100;

bool validCounterName(const char* name, size_t size) {
    if (size == 0 || size > kMaxCounterName) return false;
    for (size_t i = 0; i < size; ++i) {
        char c = name[i];
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
    }
    return true;
}

std::string text(sluice_str s) { return std::string(s.data ? s.data : "", s.size); }

HostHttpRequest copyRequest(const sluice_http_request& r) {
    HostHttpRequest request{text(r.method), text(r.url), {}, text(r.body), r.timeout_ms};
    for (size_t i = 0; i < r.header_count; ++i)
        request.headers.emplace_back(text(r.headers[i].name), text(r.headers[i].value));
    return request;
}

/** Writes message to the plugin's error writer, when it gave one, and returns status. */
sluice_status failWith(sluice_writer* err, sluice_status status, std::string_view message) {
    if (err && err->write) err->write(err->ctx, message.data(), message.size());
    return status;
}

/** Fails with "service: reason", or with reason alone when the host has no memory left to say more. */
sluice_status failBecause(sluice_writer* err, sluice_status status, const char* service, const char* reason) {
    try {
        return failWith(err, status, std::string(service) + ": " + reason);
    } catch (const std::bad_alloc&) {
        return failWith(err, status, reason);
    }
}

/**
 * Runs a host service for a plugin so that no exception unwinds into the
 * plugin's frames: std::invalid_argument becomes SLUICE_ERR_INVALID_INPUT and
 * anything else, std::bad_alloc included, SLUICE_ERR_INTERNAL, with the reason in err.
 */
template <class Service>
sluice_status shielded(const char* service, sluice_writer* err, Service&& serve) {
    try {
        return serve();
    } catch (const std::invalid_argument& e) {
        return failBecause(err, SLUICE_ERR_INVALID_INPUT, service, e.what());
    } catch (const std::exception& e) {
        return failBecause(err, SLUICE_ERR_INTERNAL, service, e.what());
    } catch (...) {
        return failBecause(err, SLUICE_ERR_INTERNAL, service, "unknown exception");
    }
}

}  // namespace

HostServices::HostServices(const PluginManifest& manifest, metrics::MetricsRegistry& metrics)
    : pluginId_(manifest.id),
      granted_(manifest.hostServices.begin(), manifest.hostServices.end()),
      egress_(manifest.egressHosts),
      secrets_(manifest.secrets.begin(), manifest.secrets.end()),
      metrics_(metrics),
      logger_(Poco::Logger::get("sluice.plugin." + manifest.id)) {
    api_ = sluice_host_api{};
    api_.struct_size = sizeof(sluice_host_api);
    api_.abi_major = SLUICE_ABI_MAJOR;
    api_.abi_minor = SLUICE_ABI_MINOR;
    api_.ctx = this;
    api_.log = &HostServices::log;
    api_.counter_add = &HostServices::counterAdd;
    api_.http_fetch = &HostServices::httpFetch;
    api_.secret_get = &HostServices::secretGet;
}

bool HostServices::allowed(const char* service) {
    if (granted_.count(service)) return true;
    deny(service, "not declared in permissions.host_services", nullptr);
    return false;
}

sluice_status HostServices::deny(const std::string& service, const std::string& why, sluice_writer* err) {
    metrics_.add("sluice_plugin_denied_calls_total",
                 "plugin=\"" + metrics::MetricsRegistry::escapeLabel(pluginId_) + "\",service=\"" + service + "\"", 1);
    std::string message = "host service '" + service + "' denied: " + why;
    {
        std::lock_guard<std::mutex> lock(auditMutex_);
        if (audited_.insert(message).second)
            Poco::Logger::get("sluice.audit")
                .warning("plugin %s: %s (further identical denials are only counted)", pluginId_, message);
    }
    return failWith(err, SLUICE_ERR_DENIED, message);
}

void HostServices::log(void* ctx, sluice_log_level level, const char* message, size_t size) {
    auto* self = static_cast<HostServices*>(ctx);
    shielded("log", nullptr, [&] {
        if (!self->allowed("log")) return SLUICE_ERR_DENIED;
        std::string text(pluginText(message, size));
        switch (level) {
            case SLUICE_LOG_DEBUG: self->logger_.debug(text); break;
            case SLUICE_LOG_INFO: self->logger_.information(text); break;
            case SLUICE_LOG_WARN: self->logger_.warning(text); break;
            default: self->logger_.error(text); break;
        }
        return SLUICE_OK;
    });
}

sluice_status HostServices::counterAdd(void* ctx, const char* name, size_t size, int64_t delta) {
    auto* self = static_cast<HostServices*>(ctx);
    return shielded("counter_add", nullptr, [&] {
        if (!self->allowed("counter_add")) return SLUICE_ERR_DENIED;
        if (!validCounterName(name, size)) return SLUICE_ERR_INVALID_INPUT;
        self->metrics_.add("sluice_plugin_counter_total",
                           "plugin=\"" + metrics::MetricsRegistry::escapeLabel(self->pluginId_) + "\",name=\"" +
                               std::string(name, size) + "\"",
                           delta);
        return SLUICE_OK;
    });
}

sluice_status HostServices::httpFetch(void* ctx, const sluice_http_request* r, int32_t* status, sluice_writer* body,
                                      sluice_writer* err) {
    auto* self = static_cast<HostServices*>(ctx);
    return shielded("http_fetch", err, [&] {
        if (!self->granted_.count("http")) return self->deny("http", "not declared in permissions.host_services", err);
        if (!r || !status) return failWith(err, SLUICE_ERR_INVALID_INPUT, "http_fetch: malformed request table");
        HostHttpRequest request = copyRequest(readPluginTable(*r));
        std::string host = HostHttpClient::hostOf(request.url);
        if (!self->egress_.allows(host)) return self->deny("http", "host " + host + " is not in permissions.egress", err);
        HostHttpResponse response = HostHttpClient::fetch(request);
        *status = response.status;
        return body->write(body->ctx, response.body.data(), response.body.size());
    });
}

sluice_status HostServices::secretGet(void* ctx, const char* name, size_t size, sluice_writer* value, sluice_writer* err) {
    auto* self = static_cast<HostServices*>(ctx);
    return shielded("secret_get", err, [&] {
        std::string secret(pluginText(name, size));
        if (!self->secrets_.count(secret)) return self->deny("secret", secret + " is not in permissions.secrets", err);
        const char* set = std::getenv(("SLUICE_SECRET_" + secret).c_str());
        if (!set) return failWith(err, SLUICE_ERR_INVALID_INPUT, "the operator has not set SLUICE_SECRET_" + secret);
        return value->write(value->ctx, set, std::strlen(set));
    });
}

}  // namespace sluice::plugins
