// Reads and writes the operator's per-plugin switches.
#pragma once

#include "store/Database.h"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace sluice::store {

/** One operator change to a plugin's settings; fields left empty stay as they are. */
struct PluginSettingsChange {
    std::optional<bool> enabled;
    std::optional<std::string> configJson;
    std::optional<bool> isolated;

    /** Whether the change sets nothing at all. */
    bool empty() const { return !enabled && !configJson && !isolated; }
};

/** The plugin_settings table: which plugins the operator switched off, and each plugin's instance config. */
class PluginSettingsStore {
public:
    /** Ids of the plugins switched off. */
    static std::set<std::string> loadDisabled(soci::session& sql);

    /** Ids of the plugins the operator runs out of process. */
    static std::set<std::string> loadIsolated(soci::session& sql);

    /** Instance config JSON by plugin id, for the plugins the operator configured. */
    static std::map<std::string, std::string> loadConfigs(soci::session& sql);

    /**
     * Upserts a plugin's row inside the caller's transaction (fields left
     * empty stay as they are); the caller bumps the config version.
     */
    static void write(soci::session& sql, const std::string& pluginId, const PluginSettingsChange& change);

    /** Switches a plugin on or off (upsert) and bumps the config version, in one transaction. */
    static void setEnabled(Database& database, const std::string& pluginId, bool enabled);
};

}  // namespace sluice::store
