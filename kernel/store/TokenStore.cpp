#include "store/TokenStore.h"

#include "store/NamedRows.h"
#include "util/Clock.h"
#include "util/JsonText.h"

#include <soci/soci.h>

namespace sluice::store {

namespace {

template <class T>
soci::indicator indicatorOf(const std::optional<T>& value) {
    return value ? soci::i_ok : soci::i_null;
}

}  // namespace

std::vector<catalog::Token> TokenStore::loadAll(soci::session& sql) {
    std::vector<catalog::Token> out;
    long long id = 0, quota = 0, used = 0, enabled = 0, expires = 0;
    soci::indicator quotaInd = soci::i_null, expiresInd = soci::i_null;
    std::string name, hash, hint, models, group;
    soci::statement st = (sql.prepare << "SELECT id, name, key_hash, key_hint, models_json, quota, used_quota, "
                                         "group_name, enabled, expires_at FROM tokens ORDER BY id",
                          soci::into(id), soci::into(name), soci::into(hash), soci::into(hint), soci::into(models),
                          soci::into(quota, quotaInd), soci::into(used), soci::into(group), soci::into(enabled),
                          soci::into(expires, expiresInd));
    st.execute();
    while (st.fetch()) {
        catalog::Token token;
        token.id = id;
        token.name = name;
        token.keyHash = hash;
        token.keyHint = hint;
        token.models = util::parseStringArray(models);
        if (quotaInd == soci::i_ok) token.quota = quota;
        token.usedQuota = used;
        token.group = group;
        token.enabled = enabled != 0;
        if (expiresInd == soci::i_ok) token.expiresAt = expires;
        out.push_back(std::move(token));
    }
    return out;
}

void TokenStore::upsert(soci::session& sql, const catalog::Token& t) {
    std::string models = util::toJsonArray(t.models);
    long long quota = t.quota.value_or(0), enabled = t.enabled ? 1 : 0, expires = t.expiresAt.value_or(0),
              now = util::unixMillis();
    soci::indicator quotaInd = indicatorOf(t.quota), expiresInd = indicatorOf(t.expiresAt);
    if (std::optional<long long> existing = idByName(sql, "tokens", t.name)) {
        sql << "UPDATE tokens SET key_hash=:h, key_hint=:hi, models_json=:m, quota=:q, group_name=:g, enabled=:e, "
               "expires_at=:x, updated_at=:t WHERE id=:id",
            soci::use(t.keyHash), soci::use(t.keyHint), soci::use(models), soci::use(quota, quotaInd),
            soci::use(t.group), soci::use(enabled), soci::use(expires, expiresInd), soci::use(now), soci::use(*existing);
        return;
    }
    sql << "INSERT INTO tokens (name, key_hash, key_hint, models_json, quota, used_quota, group_name, enabled, "
           "expires_at, updated_at) VALUES (:n, :h, :hi, :m, :q, 0, :g, :e, :x, :t)",
        soci::use(t.name), soci::use(t.keyHash), soci::use(t.keyHint), soci::use(models), soci::use(quota, quotaInd),
        soci::use(t.group), soci::use(enabled), soci::use(expires, expiresInd), soci::use(now);
}

}  // namespace sluice::store
