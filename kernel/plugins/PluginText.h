// Text a plugin lends the host as a pointer and a length, copied only when the length is believable.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sluice::plugins {

/** The longest text the host copies from a plugin in one call. */
inline constexpr size_t kMaxPluginText = size_t(1) << 30;

/**
 * A view of data[0, size) from a plugin, after refusing (std::length_error)
 * a length no real text has: forming data + size with a bogus size is
 * undefined before any copy could fail, and sanitizers say so.
 */
inline std::string_view pluginText(const char* data, size_t size) {
    if (size > kMaxPluginText)
        throw std::length_error("a plugin passed text of " + std::to_string(size) + " bytes (at most " +
                                std::to_string(kMaxPluginText) + ")");
    return size == 0 ? std::string_view() : std::string_view(data, size);
}

}  // namespace sluice::plugins
