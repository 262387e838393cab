// What the host knows about one plugin folder: loaded, or refused and why.
#pragma once

#include <string>
#include <vector>

namespace sluice::plugins {

/** One row of `sluice plugin list`. */
struct PluginRecord {
    std::string directory;
    std::string id;       // from the manifest, when it could be read
    std::string kind;
    std::string version;
    bool loaded = false;
    bool enabled = true;  // false when the operator switched it off (it then has no instance)
    std::string reason;   // why it was refused; empty when loaded
    std::string config;   // the instance config it was created with (loaded plugins)
    std::string origin;   // "built-in", "signed by key …" or "unsigned"; empty when unknown
};

/**
 * The records as a JSON array: id, kind, version, state ("loaded"/"refused"),
 * reason, origin, directory, and enabled (false for plugins the operator switched off).
 */
std::string recordsToJson(const std::vector<PluginRecord>& records);

}  // namespace sluice::plugins
