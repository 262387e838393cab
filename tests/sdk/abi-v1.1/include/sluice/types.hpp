// Value types shared by every plugin kind in the Sluice C++ SDK layer.
#pragma once

#include <sluice/abi.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice {

/** Header list as the plugin sees it: borrowed views, valid during the call. */
using HeaderViews = std::vector<std::pair<std::string_view, std::string_view>>;

/** Token usage as typed numbers; -1 means the upstream did not say. */
struct Usage {
    int64_t promptTokens = -1;
    int64_t completionTokens = -1;
    int64_t totalTokens = -1;
    int64_t cachedPromptTokens = -1;
    int64_t reasoningTokens = -1;
};

/** Thrown by plugin code to fail the current call with a status and message. */
class PluginError : public std::runtime_error {
public:
    PluginError(sluice_status status, const std::string& message)
        : std::runtime_error(message), status_(status) {}

    /** The ABI status the failing call returns. */
    sluice_status status() const noexcept { return status_; }

private:
    sluice_status status_;
};

/** Thrown when a host writer reports the consumer is gone; ends the call quietly. */
class Cancelled : public std::exception {
public:
    const char* what() const noexcept override { return "consumer cancelled"; }
};

/** Views a borrowed ABI string as a std::string_view. */
inline std::string_view view(sluice_str s) noexcept {
    return s.data ? std::string_view(s.data, s.size) : std::string_view();
}

/** Makes a borrowed ABI string from a view (no copy). */
inline sluice_str borrow(std::string_view s) noexcept { return sluice_str{s.data(), s.size()}; }

}  // namespace sluice
