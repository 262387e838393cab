#include "packages/PaxHeader.h"

#include <algorithm>
#include <stdexcept>

namespace sluice::packages {

namespace {

/** More digits could overflow 64 bits; no archive held in memory comes near 10^19 bytes. */
constexpr size_t kMaxSizeDigits = 19;

bool decimal(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

uint64_t decimalValue(std::string_view digits) {
    uint64_t value = 0;
    for (char c : digits) value = value * 10 + static_cast<uint64_t>(c - '0');
    return value;
}

}  // namespace

PaxHeader PaxHeader::parse(std::string_view data, size_t at) {
    const std::string where = "tar: pax header at byte " + std::to_string(at);
    PaxHeader header;
    while (!data.empty()) {
        size_t space = data.find(' ');
        std::string_view digits = data.substr(0, space);
        bool numeric = space != std::string_view::npos && decimal(digits) && digits.size() < 10;
        size_t length = numeric ? static_cast<size_t>(decimalValue(digits)) : 0;
        if (!numeric || length <= space + 1 || length > data.size() || data[length - 1] != '\n')
            throw std::invalid_argument(where + " is malformed");
        std::string_view record = data.substr(space + 1, length - space - 2);
        size_t equals = record.find('=');
        if (equals == std::string_view::npos || equals == 0) throw std::invalid_argument(where + " is malformed");
        std::string_view keyword = record.substr(0, equals), value = record.substr(equals + 1);
        if (keyword == "path") {
            header.path = value;
        } else if (keyword == "size") {
            if (!decimal(value) || value.size() > kMaxSizeDigits)
                throw std::invalid_argument(where + " has an invalid size '" + std::string(value) + "'");
            header.size = decimalValue(value);
        } else if (keyword.substr(0, 11) == "GNU.sparse.") {
            throw std::invalid_argument(where + " describes a sparse file; packages hold only plain files");
        }
        data.remove_prefix(length);
    }
    return header;
}

}  // namespace sluice::packages
