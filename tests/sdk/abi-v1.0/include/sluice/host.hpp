// The plugin's handle on the services the Sluice host offers.
#pragma once

#include <sluice/types.hpp>

namespace sluice {

/** Wraps the host services table; cheap to copy, valid while the plugin is loaded. */
class Host {
public:
    explicit Host(const sluice_host_api* api) noexcept : api_(api) {}

    /** Logs a line attributed to this plugin. Never pass secrets. */
    void log(sluice_log_level level, std::string_view message) const noexcept {
        if (api_ && api_->log) api_->log(api_->ctx, level, message.data(), message.size());
    }

    /** Adds delta to a named host metrics counter; false when the host refused (no permission). */
    bool counterAdd(std::string_view name, int64_t delta = 1) const noexcept {
        return api_ && api_->counter_add &&
               api_->counter_add(api_->ctx, name.data(), name.size(), delta) == SLUICE_OK;
    }

    /** The host's ABI minor version: lets a plugin use fields added later. */
    uint32_t abiMinor() const noexcept { return api_ ? api_->abi_minor : 0; }

private:
    const sluice_host_api* api_;
};

}  // namespace sluice
