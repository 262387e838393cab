#include "store/NamedRows.h"

#include <soci/soci.h>

namespace sluice::store {

std::optional<long long> idByName(soci::session& sql, const std::string& table, const std::string& name) {
    long long id = 0;
    soci::indicator found = soci::i_null;
    sql << "SELECT id FROM " + table + " WHERE name = :n", soci::use(name), soci::into(id, found);
    if (found != soci::i_ok) return std::nullopt;
    return id;
}

}  // namespace sluice::store
