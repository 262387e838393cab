// Reads and writes the channels table.
#pragma once

#include "catalog/Channel.h"

#include <soci/session.h>

#include <memory>
#include <vector>

namespace sluice::store {

/** The channels table: whole-row loads and upserts by name. */
class ChannelStore {
public:
    /** Every channel, enabled or not. */
    static std::vector<std::unique_ptr<catalog::Channel>> loadAll(soci::session& sql);

    /** Inserts the channel, or updates the one with the same name. */
    static void upsert(soci::session& sql, const catalog::Channel& channel);
};

}  // namespace sluice::store
