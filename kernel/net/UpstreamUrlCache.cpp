#include "net/UpstreamUrlCache.h"

namespace sluice::net {

std::shared_ptr<const UpstreamUrl> UpstreamUrlCache::find(std::string_view url) {
    if (auto known = parsed_.find(url); known != parsed_.end()) return known->second;
    std::optional<UpstreamUrl> split = UpstreamUrl::parse(url);
    if (!split) return nullptr;
    if (parsed_.size() >= kMaxUrls) parsed_.clear();
    auto shared = std::make_shared<const UpstreamUrl>(std::move(*split));
    parsed_.emplace(std::string(url), shared);
    return shared;
}

}  // namespace sluice::net
