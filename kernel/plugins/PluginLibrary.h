// One plugin folder's library, opened and checked, ready to create instances from.
#pragma once

#include "metrics/MetricsRegistry.h"
#include "plugins/HostServices.h"
#include "plugins/PluginManifest.h"

#include <boost/dll/shared_library.hpp>

#include <memory>
#include <string>

namespace sluice::plugins {

/**
 * A plugin library that passed every check before and after its code first
 * ran: a valid manifest, the entry symbol as the only one its ELF dynamic
 * symbol table exports, an ABI the host speaks, and a descriptor that agrees
 * with the manifest. Never unloaded: objects the library made (a thrown exception's
 * type_info, an instance still draining) must not outlive its code.
 */
class PluginLibrary {
public:
    /** Opens the plugin in folder; throws PluginRefusal with the exact reason. */
    static std::unique_ptr<PluginLibrary> open(const std::string& folder, metrics::MetricsRegistry& metrics);

    PluginLibrary(const PluginLibrary&) = delete;
    PluginLibrary& operator=(const PluginLibrary&) = delete;

    /** The folder the plugin was opened from. */
    const std::string& folder() const noexcept { return folder_; }

    /** The validated manifest. */
    const PluginManifest& manifest() const noexcept { return manifest_; }

    /**
     * The descriptor the entry point returned, checked against the manifest:
     * the fields its struct_size holds, with those it lacks absent (NULL or zero).
     */
    const sluice_plugin_descriptor& descriptor() const noexcept { return descriptor_; }

    /** The host services granted to this plugin. */
    const HostServices& services() const noexcept { return *services_; }

    /** The manifest's config_schema, or config.schema.json beside it, or "{}" when neither exists. */
    const std::string& configSchema() const noexcept { return configSchema_; }

private:
    PluginLibrary() = default;

    std::string folder_;
    PluginManifest manifest_;
    std::string configSchema_;
    boost::dll::shared_library library_;
    std::unique_ptr<HostServices> services_;
    sluice_plugin_descriptor descriptor_{};
};

}  // namespace sluice::plugins
