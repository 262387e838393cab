// Internal: reads a table the host filled by its struct_size.
#pragma once

#include <sluice/abi.h>

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace sluice::detail {

/**
 * A copy of a host's table with the fields it declares in struct_size. The
 * fields a host of an older minor lacks keep their value in absent (zero or
 * NULL unless given); those a newer host appended are left out. A NULL table
 * reads as absent.
 */
template <class Table>
Table readTable(const Table* table, Table absent = {}) noexcept {
    if (table) std::memcpy(&absent, table, std::min<std::size_t>(table->struct_size, sizeof(Table)));
    return absent;
}

}  // namespace sluice::detail
