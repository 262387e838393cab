// What several commands share: settings from flags, logging, an opened and migrated store.
#pragma once

#include "cli/Command.h"
#include "config/Settings.h"
#include "store/Database.h"

#include <memory>

namespace sluice::cli {

/** Settings from defaults, file, environment and these flags (listen/data-dir/db-url/plugins-dir/config). */
config::Settings settingsFrom(const Arguments& args);

/** Sends Poco logging to stderr at the configured level. */
void configureLogging(const std::string& level);

/** Opens the configured database and applies pending migrations. */
std::unique_ptr<store::Database> openMigratedDatabase(const config::Settings& settings);

}  // namespace sluice::cli
