// Reading plugin folders without running any plugin code.
#pragma once

#include "plugins/PluginManifest.h"

#include <string>
#include <vector>

namespace sluice::plugins {

/** Sub-folders of directory holding a manifest.json, in name order; none when directory is empty or missing. */
std::vector<std::string> pluginFolders(const std::string& directory);

/** The JSON Schema of a plugin's instance config: the manifest's config_schema, else config.schema.json, else "{}". */
std::string configSchemaOf(const std::string& folder, const PluginManifest& manifest);

/** The platform folder name packages use for this build: "linux-x86_64" or "linux-aarch64". */
std::string hostPlatform();

/**
 * The plugin's library: lib/<platform>/<library> in an installed package's
 * folder, else <library> beside the manifest (built-in plugins). Throws
 * PluginRefusal when neither exists.
 */
std::string libraryPathOf(const std::string& folder, const PluginManifest& manifest);

/** Reads a whole file; throws PluginRefusal naming it when it cannot be read. */
std::string readPluginFile(const std::string& path);

}  // namespace sluice::plugins
