// The sluice_host_api table the kernel hands each plugin, with its permissions enforced.
#pragma once

#include "metrics/MetricsRegistry.h"
#include "plugins/EgressPolicy.h"
#include "plugins/PluginManifest.h"

#include <sluice/abi.h>

#include <Poco/Logger.h>

#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace sluice::plugins {

/**
 * Host services for one plugin: a logger attributed to it, counters in the
 * kernel's metrics, HTTP(S) requests and operator secrets. Each service is
 * granted only if the manifest lists it in permissions.host_services ("log",
 * "counter_add", "http"); HTTP also needs the URL's host in
 * permissions.egress and a secret its name in permissions.secrets. A denied
 * call is refused (or, for log, dropped), counted in
 * sluice_plugin_denied_calls_total and written to the audit log once per
 * service and target. No exception leaves a service into the plugin: a
 * failure, std::bad_alloc included, is a status with the reason in err.
 */
class HostServices {
public:
    HostServices(const PluginManifest& manifest, metrics::MetricsRegistry& metrics);
    HostServices(const HostServices&) = delete;
    HostServices& operator=(const HostServices&) = delete;

    /** The ABI table to pass to the plugin. */
    const sluice_host_api* api() const noexcept { return &api_; }

private:
    static void log(void* ctx, sluice_log_level level, const char* message, size_t size);
    static sluice_status counterAdd(void* ctx, const char* name, size_t size, int64_t delta);
    static sluice_status httpFetch(void* ctx, const sluice_http_request* request, int32_t* status, sluice_writer* body,
                                   sluice_writer* err);
    static sluice_status secretGet(void* ctx, const char* name, size_t size, sluice_writer* value, sluice_writer* err);
    bool allowed(const char* service);
    sluice_status deny(const std::string& service, const std::string& why, sluice_writer* err);

    std::string pluginId_;
    std::set<std::string> granted_;
    EgressPolicy egress_;
    std::set<std::string> secrets_;
    metrics::MetricsRegistry& metrics_;
    Poco::Logger& logger_;
    std::mutex auditMutex_;
    std::set<std::string> audited_;  // "service: why" already written to the audit log
    sluice_host_api api_;
};

}  // namespace sluice::plugins
