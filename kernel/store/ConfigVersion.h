// The config version: bumped by every provisioning change, watched by servers.
#pragma once

#include <soci/session.h>

#include <cstdint>

namespace sluice::store {

/** The "config_version" row of the settings table. */
class ConfigVersion {
public:
    /** The current version. */
    static int64_t read(soci::session& sql);

    /** Increments the version inside the caller's transaction. */
    static void bump(soci::session& sql);
};

}  // namespace sluice::store
