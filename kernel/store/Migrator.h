// Applies pending schema migrations and records the schema version.
#pragma once

#include "store/Database.h"
#include "store/Migration.h"

#include <vector>

namespace sluice::store {

/** Brings a database's schema up to date, one recorded version at a time. */
class Migrator {
public:
    Migrator(Database& database, const std::vector<Migration>& migrations);

    /** Applies every migration newer than the recorded version; returns how many ran. */
    int migrate();

    /** The highest applied version (0 for an empty database). */
    int currentVersion();

private:
    void ensureVersionTable(soci::session& sql);
    int recordedVersion(soci::session& sql);
    bool apply(soci::session& sql, const Migration& migration);

    Database& database_;
    const std::vector<Migration>& migrations_;
};

}  // namespace sluice::store
