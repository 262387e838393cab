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

void PluginSettingsStore::setEnabled(Database& database, const std::string& pluginId, bool enabled) {
    soci::session sql(database.pool());
    WriteTransaction transaction(sql, database.dialect());
    long long flag = enabled ? 1 : 0, now = util::unixMillis();
    long long rows = 0;
    sql << "SELECT COUNT(*) FROM plugin_settings WHERE plugin_id = :id", soci::use(pluginId), soci::into(rows);
    if (rows > 0)
        sql << "UPDATE plugin_settings SET enabled = :e, updated_at = :t WHERE plugin_id = :id", soci::use(flag),
            soci::use(now), soci::use(pluginId);
    else
        sql << "INSERT INTO plugin_settings (plugin_id, enabled, updated_at) VALUES (:id, :e, :t)", soci::use(pluginId),
            soci::use(flag), soci::use(now);
    ConfigVersion::bump(sql);
    transaction.commit();
}

}  // namespace sluice::store
