// Small ASCII helpers for HTTP/1.1 syntax (RFC 9110 tokens, lists, numbers), shared by the server's parts.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace sluice::net {

/** The ASCII lower-case of c (other bytes unchanged). */
inline char lowerAscii(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

namespace detail {

/** RFC 9110 tchar, as a table: header names are checked byte by byte on every request. */
constexpr std::array<bool, 256> tokenChars() {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[static_cast<size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    for (char c : std::string_view("!#$%&'*+-.^_`|~")) table[static_cast<unsigned char>(c)] = true;
    return table;
}

inline constexpr std::array<bool, 256> kTokenChars = tokenChars();

}  // namespace detail

/** True for the characters allowed in a token (method, header name, list element). */
inline bool isTokenChar(char c) noexcept { return detail::kTokenChars[static_cast<unsigned char>(c)]; }

/** True when s is a non-empty token. */
bool isToken(std::string_view s) noexcept;

/** ASCII case-insensitive equality. */
bool equalsIgnoringCase(std::string_view a, std::string_view b) noexcept;

/** s without leading and trailing spaces and tabs. */
std::string_view trimWhitespace(std::string_view s) noexcept;

/** True when the comma-separated list (e.g. a Connection header) has an element equal to token, ignoring case. */
bool listContainsToken(std::string_view list, std::string_view token) noexcept;

/** Parses a non-empty run of decimal digits; false on anything else or overflow. */
bool parseDecimal(std::string_view digits, size_t& value) noexcept;

}  // namespace sluice::net
