#include "store/ConfigVersion.h"

#include <soci/soci.h>

namespace sluice::store {

int64_t ConfigVersion::read(soci::session& sql) {
    std::string value;
    soci::indicator ind = soci::i_null;
    sql << "SELECT value FROM settings WHERE name = 'config_version'", soci::into(value, ind);
    return ind == soci::i_ok ? std::stoll(value) : 0;
}

void ConfigVersion::bump(soci::session& sql) {
    // One statement, so two concurrent applies cannot both write the same next version.
    sql << "UPDATE settings SET value = CAST(value AS SIGNED) + 1 WHERE name = 'config_version'";
}

}  // namespace sluice::store
