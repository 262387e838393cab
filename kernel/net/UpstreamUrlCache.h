// The upstream URLs one client has split, kept so a URL seen before is not split again.
#pragma once

#include "net/UpstreamUrl.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sluice::net {

/**
 * Parsed upstream URLs, shared with the calls that use them. A gateway sends
 * to a handful of URLs (each channel's base URL plus an endpoint), so a lookup
 * replaces a parse and its half-dozen string allocations on every request.
 * Not thread-safe: one per HttpClient, on that client's loop.
 */
class UpstreamUrlCache {
public:
    /** Most URLs kept; a new URL beyond it starts the cache over, so odd URLs cannot grow it. */
    static constexpr size_t kMaxUrls = 256;

    /** url split into its parts (the same object for the same text), or nullptr when it is not a valid upstream URL. */
    std::shared_ptr<const UpstreamUrl> find(std::string_view url);

    /** How many URLs are kept. */
    size_t size() const noexcept { return parsed_.size(); }

private:
    /** Hashes std::string keys and std::string_view probes alike, so a lookup builds no string. */
    struct TextHash {
        using is_transparent = void;
        size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
    };

    std::unordered_map<std::string, std::shared_ptr<const UpstreamUrl>, TextHash, std::equal_to<>> parsed_;
};

}  // namespace sluice::net
