// The sluice_host_api table the kernel hands each plugin, with its permissions enforced.
#pragma once

#include "metrics/MetricsRegistry.h"

#include <sluice/abi.h>

#include <Poco/Logger.h>

#include <atomic>
#include <set>
#include <string>
#include <vector>

namespace sluice::plugins {

/**
 * Host services for one plugin: a logger attributed to it and counters in the
 * kernel's metrics. Each service is granted only if the manifest lists it in
 * permissions.host_services; a denied call is refused (or, for log, dropped),
 * counted in sluice_plugin_denied_calls_total and written once to the audit log.
 */
class HostServices {
public:
    HostServices(const std::string& pluginId, const std::vector<std::string>& grantedServices,
                 metrics::MetricsRegistry& metrics);
    HostServices(const HostServices&) = delete;
    HostServices& operator=(const HostServices&) = delete;

    /** The ABI table to pass to the plugin. */
    const sluice_host_api* api() const noexcept { return &api_; }

private:
    static void log(void* ctx, sluice_log_level level, const char* message, size_t size);
    static sluice_status counterAdd(void* ctx, const char* name, size_t size, int64_t delta);
    bool allowed(const char* service);

    std::string pluginId_;
    std::set<std::string> granted_;
    metrics::MetricsRegistry& metrics_;
    Poco::Logger& logger_;
    std::atomic<bool> deniedLogAudited_{false};
    std::atomic<bool> deniedCounterAudited_{false};
    sluice_host_api api_;
};

}  // namespace sluice::plugins
