// A provider plugin run in a child process, behind the unchanged ProviderPlugin interface.
#pragma once

#include "plugins/PluginManifest.h"
#include "plugins/ProviderPlugin.h"

#include <memory>
#include <string>

namespace sluice::isolation {

/**
 * Starts `<runnerExecutable> plugin-runner --folder FOLDER` with configJson and
 * wraps it as a ProviderPlugin whose calls cross a pipe to the child, so a
 * crash in the plugin fails only the call in flight (the next call restarts
 * the child) instead of the gateway. The library is never loaded into the
 * calling process. Isolated plugins cannot serve locally: serve_locally is not
 * forwarded (the runner refuses a plugin that needs it). Host-service counters
 * a plugin adds land in the child's registry, not in the gateway's /metrics.
 * Throws plugins::PluginRefusal with the precise reason (the child's, when the
 * plugin itself refused).
 */
std::shared_ptr<const plugins::ProviderPlugin> startIsolatedProvider(const std::string& runnerExecutable,
                                                                     const std::string& folder,
                                                                     const plugins::PluginManifest& manifest,
                                                                     const std::string& configJson);

}  // namespace sluice::isolation
