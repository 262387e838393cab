// A versioned schema change, embedded in the binary from migrations/<dialect>/.
#pragma once

#include "store/Database.h"

#include <string_view>
#include <vector>

namespace sluice::store {

/** One numbered SQL file for one dialect. */
struct Migration {
    Dialect dialect;
    int version;
    std::string_view name;
    std::string_view sql;
};

/** All migrations compiled into this binary, in version order per dialect. */
const std::vector<Migration>& embeddedMigrations();

}  // namespace sluice::store
