// UTF-8 validation for request bodies, ahead of a JSON parse that then need not check it byte by byte.
#pragma once

#include <cstddef>
#include <string_view>

namespace sluice::util {

/**
 * Where text stops being well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or text.size() when all of it is.
 * ASCII, most of a chat body, is checked eight bytes at a time.
 */
size_t findInvalidUtf8(std::string_view text) noexcept;

}  // namespace sluice::util
