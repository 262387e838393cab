// Where the running kernel and the CLI find plugins, and the config each gets.
#pragma once

#include "config/Settings.h"
#include "plugins/PluginHost.h"
#include "store/Database.h"

#include <string>

namespace sluice::app {

/** The warning operators get wherever plugins are listed while plugins.allow_unsigned is on. */
extern const char* const kUnsignedPluginsWarning;

/** The built-in plugins directory: plugins.dir, or plugins/ beside the running binary. */
std::string pluginsDirectory(const config::Settings& settings);

/**
 * Everything a plugin (re)load needs: the built-in and install directories,
 * the check every installed folder passes before its code runs (file hashes,
 * signature against the trust store, plugins.allow_unsigned), and the stored
 * configs and isolation choices.
 */
plugins::PluginSources pluginSources(const config::Settings& settings, store::Database& database);

}  // namespace sluice::app
