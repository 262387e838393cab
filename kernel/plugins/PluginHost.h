// Discovers, verifies and loads plugins, and keeps them registered by name.
#pragma once

#include "plugins/AuthPlugin.h"
#include "plugins/HostServices.h"
#include "plugins/PluginRecord.h"
#include "plugins/ProviderPlugin.h"

#include <boost/dll/shared_library.hpp>

#include <map>
#include <memory>
#include <vector>

namespace sluice::plugins {

/**
 * Loads every plugin folder (manifest.json + library) under a directory. A
 * plugin is refused, with a logged reason, when its manifest is invalid, its
 * library does not export the entry symbol (read from its ELF dynamic symbol
 * table before any of its code runs), its ABI major differs or its minor is newer than the host's, its
 * descriptor disagrees with its manifest, or its entry point or create()
 * fails. Refusals never stop the host. Libraries stay mapped for the host's
 * lifetime.
 */
class PluginHost {
public:
    /** Plugins' host services count into metrics. */
    explicit PluginHost(metrics::MetricsRegistry& metrics) : metrics_(metrics) {}
    ~PluginHost();
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    /** Loads every sub-folder of directory that has a manifest.json, in name order. */
    void loadDirectory(const std::string& directory);

    /** Every plugin seen, loaded or refused, in load order. */
    const std::vector<PluginRecord>& records() const noexcept { return records_; }

    /** The provider plugin for a channel's provider name, or nullptr. */
    const ProviderPlugin* provider(const std::string& providerName) const;

    /** Auth schemes in load order. */
    const std::vector<std::unique_ptr<AuthPlugin>>& authSchemes() const noexcept { return authSchemes_; }

private:
    PluginRecord loadPlugin(const std::string& folder);
    bool isLoaded(const std::string& id) const;
    void instantiate(const PluginManifest& manifest, const sluice_plugin_descriptor& descriptor,
                     const HostServices& services);

    metrics::MetricsRegistry& metrics_;
    std::vector<boost::dll::shared_library> libraries_;
    std::vector<std::unique_ptr<HostServices>> services_;
    std::map<std::string, std::unique_ptr<ProviderPlugin>> providers_;
    std::vector<std::unique_ptr<AuthPlugin>> authSchemes_;
    std::vector<PluginRecord> records_;
};

}  // namespace sluice::plugins
