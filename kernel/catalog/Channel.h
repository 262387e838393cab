// A configured upstream: provider, endpoint, keys and the models it serves.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sluice::catalog {

/** One channel as provisioned; shared read-only by the requests of a catalog snapshot. */
struct Channel {
    int64_t id = 0;
    std::string name;
    std::string provider;  // the provider name a provider plugin's manifest declares
    std::string baseUrl;
    std::vector<std::string> keys;
    std::vector<std::string> models;
    std::map<std::string, std::string> modelMap;
    int64_t priority = 0;
    int64_t weight = 1;
    std::vector<std::string> groups;
    std::string optionsJson = "{}";
    bool enabled = true;

    /** Whether this channel serves the model (exactly or through "*"). */
    bool serves(const std::string& model) const;

    /** Whether callers of the group may use this channel. */
    bool inGroup(const std::string& group) const;

    /** The model name sent upstream after model_map. */
    const std::string& upstreamModel(const std::string& model) const;

    /** The next key in round-robin order (empty when the channel has none). */
    const std::string& nextKey() const;

private:
    mutable std::atomic<uint64_t> keyCursor_{0};
};

}  // namespace sluice::catalog
