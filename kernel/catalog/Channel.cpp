#include "catalog/Channel.h"

#include <algorithm>

namespace sluice::catalog {

bool Channel::serves(const std::string& model) const {
    return std::any_of(models.begin(), models.end(), [&](const std::string& m) { return m == model || m == "*"; });
}

bool Channel::inGroup(const std::string& group) const {
    return std::find(groups.begin(), groups.end(), group) != groups.end();
}

const std::string& Channel::upstreamModel(const std::string& model) const {
    auto it = modelMap.find(model);
    return it == modelMap.end() ? model : it->second;
}

const std::string& Channel::nextKey() const {
    static const std::string none;
    if (keys.empty()) return none;
    return keys[keyCursor_.fetch_add(1, std::memory_order_relaxed) % keys.size()];
}

}  // namespace sluice::catalog
