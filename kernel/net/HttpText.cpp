#include "net/HttpText.h"

#include <limits>

namespace sluice::net {

bool isToken(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s) {
        if (!isTokenChar(c)) return false;
    }
    return true;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (lowerAscii(a[i]) != lowerAscii(b[i])) return false;
    }
    return true;
}

std::string_view trimWhitespace(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool listContainsToken(std::string_view list, std::string_view token) noexcept {
    while (!list.empty()) {
        const size_t comma = list.find(',');
        if (equalsIgnoringCase(trimWhitespace(list.substr(0, comma)), token)) return true;
        if (comma == std::string_view::npos) return false;
        list.remove_prefix(comma + 1);
    }
    return false;
}

bool parseDecimal(std::string_view digits, size_t& value) noexcept {
    if (digits.empty()) return false;
    size_t result = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return false;
        const auto digit = static_cast<size_t>(c - '0');
        if (result > (std::numeric_limits<size_t>::max() - digit) / 10) return false;
        result = result * 10 + digit;
    }
    value = result;
    return true;
}

}  // namespace sluice::net
