// Reads and writes the operator's per-plugin switches.
#pragma once

#include "store/Database.h"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace sluice::store {

/** The plugin_settings table: which plugins the operator switched off, and each plugin's instance config. */
class PluginSettingsStore {
public:
    /** Ids of the plugins switched off. */
    static std::set<std::string> loadDisabled(soci::session& sql);

    /** Instance config JSON by plugin id, for the plugins the operator configured. */
    static std::map<std::string, std::string> loadConfigs(soci::session& sql);

    /**
     * Upserts a plugin's row inside the caller's transaction (fields left
     * empty stay as they are); the caller bumps the config version.
     */
    static void write(soci::session& sql, const std::string& pluginId, std::optional<bool> enabled,
                      const std::optional<std::string>& configJson);

    /** Switches a plugin on or off (upsert) and bumps the config version, in one transaction. */
    static void setEnabled(Database& database, const std::string& pluginId, bool enabled);

    /** Stores a plugin's instance config (upsert) and bumps the config version, in one transaction. */
    static void setConfig(Database& database, const std::string& pluginId, const std::string& configJson);
};

}  // namespace sluice::store
