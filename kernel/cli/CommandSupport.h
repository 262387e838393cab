// What several commands share: settings from flags, logging, an opened and migrated store.
#pragma once

#include "cli/Command.h"
#include "config/Settings.h"
#include "packages/PluginPackage.h"
#include "packages/TrustStore.h"
#include "store/Database.h"

#include <memory>
#include <stdexcept>

namespace sluice::cli {

/** Settings from defaults, file, environment and these flags (listen/data-dir/db-url/plugins-dir/config). */
config::Settings settingsFrom(const Arguments& args);

/** Sends Poco logging to stderr at the configured level. */
void configureLogging(const std::string& level);

/** Opens the configured database and applies pending migrations. */
std::unique_ptr<store::Database> openMigratedDatabase(const config::Settings& settings);

/** The single positional PLUGIN_ID; throws std::invalid_argument unless it is one valid id. */
std::string pluginIdArgument(const Arguments& args);

/** Bumps the config version in the configured database, so running servers rescan plugins. */
void bumpConfigVersion(const config::Settings& settings);

/** The configured trust store (plugins.trust_dir). */
packages::TrustStore trustStoreFrom(const config::Settings& settings);

/** The configured verification policy (plugins.allow_unsigned). */
packages::VerifyPolicy verifyPolicyFrom(const config::Settings& settings);

/** A package's refusal as a failure (exit 1), not a usage error: "<package>: refused: <reason>". */
std::runtime_error refusal(const std::string& package, const std::exception& reason);

}  // namespace sluice::cli
