// What the fuzz targets share: the input as text, the same input cut into pieces, and checks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace sluice::fuzz {

/** The fuzzer's bytes as text. */
inline std::string_view textOf(const uint8_t* data, size_t size) noexcept {
    return {reinterpret_cast<const char*>(data), size};
}

/**
 * The input cut into pieces of 1 to 16 bytes, each length taken from the byte
 * where the piece starts, so the fuzzer also explores where reads end.
 */
inline std::vector<std::string_view> piecesOf(std::string_view input) {
    std::vector<std::string_view> pieces;
    for (size_t at = 0; at < input.size();) {
        const size_t length = 1 + (static_cast<unsigned char>(input[at]) ^ at) % 16;
        pieces.push_back(input.substr(at, length));
        at += pieces.back().size();
    }
    return pieces;
}

/** Stops the run as a crash the fuzzer reports, naming the property that did not hold. */
inline void require(bool holds, const char* property) {
    if (holds) return;
    std::fprintf(stderr, "fuzz property failed: %s\n", property);
    std::abort();
}

/** Requires that parse, given pieces of input, makes the same of it whole as cut by piecesOf. */
template <class Parse>
void requireSameInPieces(std::string_view input, Parse&& parse, const char* property) {
    require(parse(piecesOf(input)) == parse(std::vector<std::string_view>{input}), property);
}

}  // namespace sluice::fuzz
