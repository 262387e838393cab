// Reads a table a plugin filled by its struct_size, the way the ABI lets tables grow.
#pragma once

#include <sluice/abi.h>

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace sluice::plugins {

/**
 * The host's copy of a plugin's table, with the fields the plugin declares in
 * struct_size. A field a plugin of an older minor lacks is absent (zero or
 * NULL); fields a plugin appended that this host does not know are left out.
 * The copy keeps the plugin's struct_size.
 */
template <class Table>
Table readPluginTable(const Table& table) noexcept {
    Table copy{};
    std::memcpy(&copy, &table, std::min<std::size_t>(table.struct_size, sizeof(Table)));
    copy.struct_size = table.struct_size;
    return copy;
}

}  // namespace sluice::plugins
