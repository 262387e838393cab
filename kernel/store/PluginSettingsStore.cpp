#include "store/PluginSettingsStore.h"

#include "store/ConfigVersion.h"
#include "store/WriteTransaction.h"
#include "util/Clock.h"

#include <soci/soci.h>

namespace sluice::store {

namespace {

std::set<std::string> idsWhere(soci::session& sql, const std::string& condition) {
    std::set<std::string> ids;
    std::string id;
    soci::statement st = (sql.prepare << "SELECT plugin_id FROM plugin_settings WHERE " + condition, soci::into(id));
    st.execute();
    while (st.fetch()) ids.insert(id);
    return ids;
}

void setColumn(soci::session& sql, const std::string& pluginId, const std::string& column, long long value) {
    long long now = util::unixMillis();
    sql << "UPDATE plugin_settings SET " + column + " = :v, updated_at = :t WHERE plugin_id = :id", soci::use(value),
        soci::use(now), soci::use(pluginId);
}

}  // namespace

std::set<std::string> PluginSettingsStore::loadDisabled(soci::session& sql) { return idsWhere(sql, "enabled = 0"); }

std::set<std::string> PluginSettingsStore::loadIsolated(soci::session& sql) { return idsWhere(sql, "isolated <> 0"); }

std::map<std::string, std::string> PluginSettingsStore::loadConfigs(soci::session& sql) {
    std::map<std::string, std::string> configs;
    std::string id, config;
    soci::statement st = (sql.prepare << "SELECT plugin_id, config_json FROM plugin_settings WHERE config_json IS NOT NULL",
                          soci::into(id), soci::into(config));
    st.execute();
    while (st.fetch()) configs[id] = config;
    return configs;
}

void PluginSettingsStore::write(soci::session& sql, const std::string& pluginId, const PluginSettingsChange& change) {
    long long rows = 0, now = util::unixMillis();
    sql << "SELECT COUNT(*) FROM plugin_settings WHERE plugin_id = :id", soci::use(pluginId), soci::into(rows);
    if (rows == 0)
        sql << "INSERT INTO plugin_settings (plugin_id, enabled, updated_at) VALUES (:id, 1, :t)", soci::use(pluginId),
            soci::use(now);
    if (change.enabled) setColumn(sql, pluginId, "enabled", *change.enabled ? 1 : 0);
    if (change.isolated) setColumn(sql, pluginId, "isolated", *change.isolated ? 1 : 0);
    if (change.configJson)
        sql << "UPDATE plugin_settings SET config_json = :c, updated_at = :t WHERE plugin_id = :id",
            soci::use(*change.configJson), soci::use(now), soci::use(pluginId);
}

void PluginSettingsStore::setEnabled(Database& database, const std::string& pluginId, bool enabled) {
    soci::session sql(database.pool());
    WriteTransaction transaction(sql, database.dialect());
    write(sql, pluginId, PluginSettingsChange{enabled, std::nullopt, std::nullopt});
    ConfigVersion::bump(sql);
    transaction.commit();
}

}  // namespace sluice::store
