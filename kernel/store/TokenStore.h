// Reads and writes the tokens table; keys arrive and are stored hashed only.
#pragma once

#include "catalog/Token.h"

#include <soci/session.h>

#include <vector>

namespace sluice::store {

/** The tokens table: whole-row loads and upserts by name. */
class TokenStore {
public:
    /** Every token, enabled or not. */
    static std::vector<catalog::Token> loadAll(soci::session& sql);

    /** Inserts the token, or updates the one with the same name (its used quota is kept). */
    static void upsert(soci::session& sql, const catalog::Token& token);
};

}  // namespace sluice::store
