#include "provisioning/Provisioner.h"

#include "store/ChannelStore.h"
#include "store/ConfigVersion.h"
#include "store/PluginSettingsStore.h"
#include "store/TokenStore.h"
#include "store/WriteTransaction.h"
#include "util/Secrets.h"

#include <soci/soci.h>

#include <stdexcept>

namespace sluice::provisioning {

namespace {

std::optional<std::string> existingKeyHash(soci::session& sql, const std::string& name) {
    std::string hash;
    soci::indicator ind = soci::i_null;
    sql << "SELECT key_hash FROM tokens WHERE name = :n", soci::use(name), soci::into(hash, ind);
    if (ind != soci::i_ok) return std::nullopt;
    return hash;
}

void setKey(catalog::Token& token, const std::string& key) {
    token.keyHash = util::sha256Hex(key);
    token.keyHint = util::keyHint(key);
}

}  // namespace

ApplyResult Provisioner::apply(const ProvisioningPlan& plan) {
    ApplyResult result;
    soci::session sql(database_.pool());
    store::WriteTransaction transaction(sql, database_.dialect());
    for (const auto& channel : plan.channels) store::ChannelStore::upsert(sql, *channel);
    for (const PluginSpec& plugin : plan.plugins)
        store::PluginSettingsStore::write(sql, plugin.id, plugin.change);
    for (const TokenSpec& spec : plan.tokens) {
        catalog::Token token = spec.token;
        if (spec.key) {
            setKey(token, *spec.key);
        } else if (auto hash = existingKeyHash(sql, token.name)) {
            token.keyHash = *hash;
            sql << "SELECT key_hint FROM tokens WHERE name = :n", soci::use(token.name), soci::into(token.keyHint);
        } else {
            std::string key = util::newApiKey();
            setKey(token, key);
            result.generatedKeys.emplace_back(token.name, key);
        }
        store::TokenStore::upsert(sql, token);
    }
    store::ConfigVersion::bump(sql);
    result.configVersion = store::ConfigVersion::read(sql);
    transaction.commit();
    result.channels = plan.channels.size();
    result.tokens = plan.tokens.size();
    result.plugins = plan.plugins.size();
    return result;
}

std::string Provisioner::createToken(catalog::Token token) {
    soci::session sql(database_.pool());
    store::WriteTransaction transaction(sql, database_.dialect());
    if (existingKeyHash(sql, token.name)) throw std::invalid_argument("a token named '" + token.name + "' already exists");
    std::string key = util::newApiKey();
    setKey(token, key);
    store::TokenStore::upsert(sql, token);
    store::ConfigVersion::bump(sql);
    transaction.commit();
    return key;
}

}  // namespace sluice::provisioning
