#pragma once

#include <algorithm>
#include <string_view>

namespace sluice::probe {

/** Compares ASCII `text` case-insensitively with the lower-case `lower`, as HTTP header names are compared. */
inline bool equalsLowercase(std::string_view text, std::string_view lower) {
    return text.size() == lower.size() && std::equal(text.begin(), text.end(), lower.begin(), [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
           });
}

/** Strips the spaces and tabs HTTP allows around header values. */
inline std::string_view trimWhitespace(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

/** True when the comma-separated header value lists the lower-case `token`, as in "Connection: keep-alive, close". */
inline bool listsToken(std::string_view value, std::string_view token) {
    for (;;) {
        const std::size_t comma = value.find(',');
        if (equalsLowercase(trimWhitespace(value.substr(0, comma)), token)) {
            return true;
        }
        if (comma == std::string_view::npos) {
            return false;
        }
        value.remove_prefix(comma + 1);
    }
}

/** The name part of a "Name: value" header line, trimmed; empty when there is no colon. */
inline std::string_view headerName(std::string_view line) {
    const std::size_t colon = line.find(':');
    return colon == std::string_view::npos ? std::string_view() : trimWhitespace(line.substr(0, colon));
}

}  // namespace sluice::probe
