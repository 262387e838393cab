// Reads and writes the operator's per-plugin switches.
#pragma once

#include "store/Database.h"

#include <set>
#include <string>

namespace sluice::store {

/** The plugin_settings table: which plugins the operator switched off. */
class PluginSettingsStore {
public:
    /** Ids of the plugins switched off. */
    static std::set<std::string> loadDisabled(soci::session& sql);

    /** Switches a plugin on or off (upsert) and bumps the config version, in one transaction. */
    static void setEnabled(Database& database, const std::string& pluginId, bool enabled);
};

}  // namespace sluice::store
