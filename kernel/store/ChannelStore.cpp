#include "store/ChannelStore.h"

#include "store/NamedRows.h"
#include "util/Clock.h"
#include "util/JsonText.h"

#include <soci/soci.h>

namespace sluice::store {

std::vector<std::unique_ptr<catalog::Channel>> ChannelStore::loadAll(soci::session& sql) {
    std::vector<std::unique_ptr<catalog::Channel>> out;
    long long id = 0, priority = 0, weight = 0, enabled = 0;
    std::string name, provider, baseUrl, keys, models, modelMap, groups, options;
    soci::statement st = (sql.prepare << "SELECT id, name, provider, base_url, keys_json, models_json, model_map_json, "
                                         "priority, weight, groups_json, options_json, enabled FROM channels ORDER BY id",
                          soci::into(id), soci::into(name), soci::into(provider), soci::into(baseUrl),
                          soci::into(keys), soci::into(models), soci::into(modelMap), soci::into(priority),
                          soci::into(weight), soci::into(groups), soci::into(options), soci::into(enabled));
    st.execute();
    while (st.fetch()) {
        auto channel = std::make_unique<catalog::Channel>();
        channel->id = id;
        channel->name = name;
        channel->provider = provider;
        channel->baseUrl = baseUrl;
        channel->keys = util::parseStringArray(keys);
        channel->models = util::parseStringArray(models);
        channel->modelMap = util::parseStringMap(modelMap);
        channel->priority = priority;
        channel->weight = weight;
        channel->groups = util::parseStringArray(groups);
        channel->optionsJson = options;
        channel->enabled = enabled != 0;
        out.push_back(std::move(channel));
    }
    return out;
}

void ChannelStore::upsert(soci::session& sql, const catalog::Channel& c) {
    std::string keys = util::toJsonArray(c.keys), models = util::toJsonArray(c.models),
                modelMap = util::toJsonObject(c.modelMap), groups = util::toJsonArray(c.groups);
    long long priority = c.priority, weight = c.weight, enabled = c.enabled ? 1 : 0, now = util::unixMillis();
    if (std::optional<long long> existing = idByName(sql, "channels", c.name)) {
        sql << "UPDATE channels SET provider=:p, base_url=:b, keys_json=:k, models_json=:m, model_map_json=:mm, "
               "priority=:pr, weight=:w, groups_json=:g, options_json=:o, enabled=:e, updated_at=:t WHERE id=:id",
            soci::use(c.provider), soci::use(c.baseUrl), soci::use(keys), soci::use(models), soci::use(modelMap),
            soci::use(priority), soci::use(weight), soci::use(groups), soci::use(c.optionsJson), soci::use(enabled),
            soci::use(now), soci::use(*existing);
        return;
    }
    sql << "INSERT INTO channels (name, provider, base_url, keys_json, models_json, model_map_json, priority, weight, "
           "groups_json, options_json, enabled, updated_at) VALUES (:n, :p, :b, :k, :m, :mm, :pr, :w, :g, :o, :e, :t)",
        soci::use(c.name), soci::use(c.provider), soci::use(c.baseUrl), soci::use(keys), soci::use(models),
        soci::use(modelMap), soci::use(priority), soci::use(weight), soci::use(groups), soci::use(c.optionsJson),
        soci::use(enabled), soci::use(now);
}

}  // namespace sluice::store
