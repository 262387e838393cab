// The plugins a set of sources holds, known from their manifests alone.
#pragma once

#include "plugins/PluginHost.h"
#include "plugins/PluginManifest.h"

#include <string>
#include <vector>

namespace sluice::plugins {

/**
 * Reads the manifests of every built-in and installed plugin folder without
 * running any plugin code, so the CLI can check a config or a channel's
 * options against the schema of the plugin that will serve it. As in the
 * host, an installed package stands in for a built-in plugin of the same id.
 * Folders whose manifest cannot be read are left to `plugin list` to report.
 */
class PluginDirectory {
public:
    /** One plugin folder and its manifest. */
    struct Entry {
        std::string folder;
        PluginManifest manifest;
    };

    explicit PluginDirectory(const PluginSources& sources);

    /** The plugin with this id, or nullptr. */
    const Entry* byId(const std::string& id) const;

    /** The provider plugin serving this provider name, or nullptr. */
    const Entry* byProvider(const std::string& providerName) const;

private:
    void add(const std::string& folder);

    std::vector<Entry> entries_;
};

}  // namespace sluice::plugins
