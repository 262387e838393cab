// Lookups shared by the tables whose rows are addressed by a unique name.
#pragma once

#include <soci/session.h>

#include <optional>
#include <string>

namespace sluice::store {

/** The id of the row in table (channels, tokens) with this name, if there is one. */
std::optional<long long> idByName(soci::session& sql, const std::string& table, const std::string& name);

}  // namespace sluice::store
