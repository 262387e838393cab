// The kernel's typed handle on one loaded auth plugin instance.
#pragma once

#include "plugins/PluginManifest.h"
#include "plugins/ProviderPlugin.h"

namespace sluice::plugins {

/** What an auth scheme found. */
struct AuthFinding {
    sluice_auth_outcome outcome = SLUICE_AUTH_NO_CREDENTIAL;
    std::string credential;
    std::string reason;
};

/** An auth scheme instance: reads credentials from request headers. */
class AuthPlugin {
public:
    /** Takes ownership of instance and keeps vtable (read by its struct_size beforehand). */
    AuthPlugin(PluginManifest manifest, const sluice_auth_vtable& vtable, void* instance);
    ~AuthPlugin();
    AuthPlugin(const AuthPlugin&) = delete;
    AuthPlugin& operator=(const AuthPlugin&) = delete;

    /** The manifest the plugin was loaded with. */
    const PluginManifest& manifest() const noexcept { return manifest_; }

    /** Looks for a credential; headers have lower-case names. */
    AuthFinding authenticate(const HeaderList& headers, std::string_view query) const;

private:
    PluginManifest manifest_;
    sluice_auth_vtable vtable_;
    void* instance_;
};

}  // namespace sluice::plugins
