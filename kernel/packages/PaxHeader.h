// The records of a pax extended header that change how a tar reader reads the entry after it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sluice::packages {

/**
 * What one pax extended header ('x' for the next entry, 'g' for every later
 * one) says about names and sizes, read as GNU tar reads it: path= replaces
 * the entry's name and size= its length in the archive. Keywords that would
 * make GNU tar read the entry's data differently (GNU.sparse.*) are refused.
 */
struct PaxHeader {
    std::string path;             // the path= record; empty when absent
    std::optional<uint64_t> size;  // the size= record, when present

    /**
     * Parses the header's "LENGTH keyword=value\n" records; `at` (the
     * header's offset in the archive) is named in the std::invalid_argument
     * thrown for a malformed record.
     */
    static PaxHeader parse(std::string_view data, size_t at);
};

}  // namespace sluice::packages
