// The error a plugin call reports, carried as a C++ exception inside the kernel.
#pragma once

#include <sluice/abi.h>

#include <stdexcept>
#include <string>

namespace sluice::plugins {

/** A plugin operation returned a non-OK status; what() is the plugin's message. */
class PluginFailure : public std::runtime_error {
public:
    PluginFailure(sluice_status status, const std::string& message) : std::runtime_error(message), status_(status) {}

    /** The status the plugin returned. */
    sluice_status status() const noexcept { return status_; }

private:
    sluice_status status_;
};

/** Throws PluginFailure when status is not OK, with the plugin's message or a default. */
inline void throwIfFailed(sluice_status status, const std::string& message, const char* operation) {
    if (status == SLUICE_OK) return;
    throw PluginFailure(status, message.empty() ? std::string(operation) + " failed" : message);
}

}  // namespace sluice::plugins
