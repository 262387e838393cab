#include "util/Utf8.h"

#include <rapidjson/encodings.h>
#include <rapidjson/memorystream.h>

#include <cstdint>
#include <cstring>

namespace sluice::util {

namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

/** Where RapidJSON's validator writes what it read: nowhere, only the verdict is wanted. */
struct Discard {
    void Put(char) {}
};

}  // namespace

size_t findInvalidUtf8(std::string_view text) noexcept {
    size_t at = 0;
    while (at < text.size()) {
        uint64_t word = 0;
        if (text.size() - at >= sizeof word) {
            std::memcpy(&word, text.data() + at, sizeof word);
            if ((word & kHighBits) == 0) {
                at += sizeof word;
                continue;
            }
        }
        // One code point by RapidJSON's own check, the one its parser applies with kParseValidateEncodingFlag.
        rapidjson::MemoryStream bytes(text.data() + at, text.size() - at);
        Discard discard;
        if (!rapidjson::UTF8<>::Validate(bytes, discard)) return at;
        at += bytes.Tell();
    }
    return text.size();
}

}  // namespace sluice::util
