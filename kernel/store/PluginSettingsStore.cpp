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

void PluginSettingsStore::write(soci::session& sql, const std::string& pluginId, std::optional<bool> enabled,
                                const std::optional<std::string>& configJson) {
    long long rows = 0, now = util::unixMillis();
    sql << "SELECT COUNT(*) FROM plugin_settings WHERE plugin_id = :id", soci::use(pluginId), soci::into(rows);
    if (rows == 0)
        sql << "INSERT INTO plugin_settings (plugin_id, enabled, updated_at) VALUES (:id, 1, :t)", soci::use(pluginId),
            soci::use(now);
    if (enabled) {
        long long flag = *enabled ? 1 : 0;
        sql << "UPDATE plugin_settings SET enabled = :e, updated_at = :t WHERE plugin_id = :id", soci::use(flag),
            soci::use(now), soci::use(pluginId);
    }
    if (configJson)
        sql << "UPDATE plugin_settings SET config_json = :c, updated_at = :t WHERE plugin_id = :id", soci::use(*configJson),
            soci::use(now), soci::use(pluginId);
}

namespace {

/** Writes one plugin's row and bumps the config version, in one transaction. */
void writeAlone(Database& database, const std::string& pluginId, std::optional<bool> enabled,
                const std::optional<std::string>& configJson) {
    soci::session sql(database.pool());
    WriteTransaction transaction(sql, database.dialect());
    PluginSettingsStore::write(sql, pluginId, enabled, configJson);
    ConfigVersion::bump(sql);
    transaction.commit();
}

}  // namespace

void PluginSettingsStore::setEnabled(Database& database, const std::string& pluginId, bool enabled) {
    writeAlone(database, pluginId, enabled, std::nullopt);
}

void PluginSettingsStore::setConfig(Database& database, const std::string& pluginId, const std::string& configJson) {
    writeAlone(database, pluginId, std::nullopt, configJson);
}

}  // namespace sluice::store
