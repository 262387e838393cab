#include "store/PluginSettingsStore.h"

#include "store/ConfigVersion.h"
#include "store/WriteTransaction.h"
#include "util/Clock.h"

#include <soci/soci.h>

namespace sluice::store {

std::set<std::string> PluginSettingsStore::loadDisabled(soci::session& sql) {
    std::set<std::string> disabled;
    std::string id;
    soci::statement st = (sql.prepare << "SELECT plugin_id FROM plugin_settings WHERE enabled = 0", soci::into(id));
    st.execute();
    while (st.fetch()) disabled.insert(id);
    return disabled;
}

std::map<std::string, std::string> PluginSettingsStore::loadConfigs(soci::session& sql) {
    std::map<std::string, std::string> configs;
    std::string id, config;
    soci::statement st = (sql.prepare << "SELECT plugin_id, config_json FROM plugin_settings WHERE config_json IS NOT NULL",
                          soci::into(id), soci::into(config));
    st.execute();
    while (st.fetch()) configs[id] = config;
    return configs;
}

namespace {

/** Runs one UPDATE of the plugin's row, creating the row first, and bumps the version; all in one transaction. */
template <class Value>
void updateRow(Database& database, const std::string& pluginId, const std::string& assignment, const Value& value) {
    soci::session sql(database.pool());
    WriteTransaction transaction(sql, database.dialect());
    long long rows = 0, now = util::unixMillis();
    sql << "SELECT COUNT(*) FROM plugin_settings WHERE plugin_id = :id", soci::use(pluginId), soci::into(rows);
    if (rows == 0)
        sql << "INSERT INTO plugin_settings (plugin_id, enabled, updated_at) VALUES (:id, 1, :t)", soci::use(pluginId),
            soci::use(now);
    sql << "UPDATE plugin_settings SET " + assignment + ", updated_at = :t WHERE plugin_id = :id", soci::use(value),
        soci::use(now), soci::use(pluginId);
    ConfigVersion::bump(sql);
    transaction.commit();
}

}  // namespace

void PluginSettingsStore::setEnabled(Database& database, const std::string& pluginId, bool enabled) {
    long long flag = enabled ? 1 : 0;
    updateRow(database, pluginId, "enabled = :e", flag);
}

void PluginSettingsStore::setConfig(Database& database, const std::string& pluginId, const std::string& configJson) {
    updateRow(database, pluginId, "config_json = :c", configJson);
}

}  // namespace sluice::store
