// Creates a live instance from an opened plugin library.
#pragma once

#include "plugins/PluginLibrary.h"
#include "plugins/PluginSet.h"

#include <string>

namespace sluice::plugins {

/**
 * Checks config against the plugin's config_schema and the kind's vtable
 * (size, no NULL required operation), then calls create(). key identifies the
 * instance across reloads. Throws PluginRefusal with the exact reason.
 */
PluginSet::Instance instantiate(const PluginLibrary& library, const std::string& config, std::string key);

}  // namespace sluice::plugins
