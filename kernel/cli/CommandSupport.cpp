#include "cli/CommandSupport.h"

#include "config/ConfigLoader.h"
#include "plugins/PluginManifest.h"
#include "store/ConfigVersion.h"
#include "store/Migrator.h"
#include "store/WriteTransaction.h"

#include <Poco/ConsoleChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>

#include <iostream>

namespace sluice::cli {

config::Settings settingsFrom(const Arguments& args) {
    static const std::map<std::string, std::string> flagToKey = {
        {"listen", "server.listen"}, {"data-dir", "data.dir"}, {"db-url", "db.url"}, {"plugins-dir", "plugins.dir"}};
    std::map<std::string, std::string> overrides;
    for (const auto& [flag, key] : flagToKey)
        if (args.has(flag)) overrides[key] = args.get(flag);
    auto layered = config::ConfigLoader::load(args.get("config"), config::ConfigLoader::processEnvironment(), overrides);
    return config::Settings::from(*layered);
}

void configureLogging(const std::string& level) {
    Poco::AutoPtr<Poco::PatternFormatter> format(new Poco::PatternFormatter("%Y-%m-%dT%H:%M:%S.%iZ %p %s: %t"));
    Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(format, new Poco::ConsoleChannel(std::cerr)));
    Poco::Logger::root().setChannel(channel);
    try {
        Poco::Logger::root().setLevel(level);
    } catch (const Poco::Exception&) {
        throw std::invalid_argument("log.level: '" + level + "' is not one of trace, debug, information, warning, error");
    }
}

std::unique_ptr<store::Database> openMigratedDatabase(const config::Settings& settings) {
    auto database = std::make_unique<store::Database>(settings.effectiveDbUrl(), 1);
    store::Migrator(*database, store::embeddedMigrations()).migrate();
    return database;
}

std::string pluginIdArgument(const Arguments& args) {
    if (args.positional.size() != 1) throw std::invalid_argument("expects exactly one PLUGIN_ID");
    const std::string& id = args.positional[0];
    if (!plugins::isValidPluginId(id)) throw std::invalid_argument("'" + id + "' is not a plugin id (publisher/name)");
    return id;
}

void bumpConfigVersion(const config::Settings& settings) {
    auto database = openMigratedDatabase(settings);
    soci::session sql(database->pool());
    store::WriteTransaction transaction(sql, database->dialect());
    store::ConfigVersion::bump(sql);
    transaction.commit();
}

packages::TrustStore trustStoreFrom(const config::Settings& settings) {
    return packages::TrustStore::load(settings.effectiveTrustDir());
}

packages::VerifyPolicy verifyPolicyFrom(const config::Settings& settings) { return {settings.pluginsAllowUnsigned}; }

std::runtime_error refusal(const std::string& package, const std::exception& reason) {
    return std::runtime_error(package + ": refused: " + reason.what());
}

}  // namespace sluice::cli
