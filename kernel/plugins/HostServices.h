// The sluice_host_api table the kernel hands each plugin.
#pragma once

#include <sluice/abi.h>

#include <Poco/Logger.h>

#include <string>

namespace sluice::plugins {

/** Host services for one plugin: its own logger; lives as long as the plugin. */
class HostServices {
public:
    /** Services whose log lines are attributed to pluginId. */
    explicit HostServices(const std::string& pluginId);
    HostServices(const HostServices&) = delete;
    HostServices& operator=(const HostServices&) = delete;

    /** The ABI table to pass to the plugin. */
    const sluice_host_api* api() const noexcept { return &api_; }

private:
    static void log(void* ctx, sluice_log_level level, const char* message, size_t size);

    Poco::Logger& logger_;
    sluice_host_api api_;
};

}  // namespace sluice::plugins
