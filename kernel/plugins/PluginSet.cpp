#include "plugins/PluginSet.h"

namespace sluice::plugins {

PluginSet::PluginSet(std::vector<Instance> instances, std::vector<PluginRecord> records)
    : instances_(std::move(instances)), records_(std::move(records)) {
    for (const Instance& instance : instances_) {
        if (instance.provider) providers_.emplace(instance.provider->manifest().provider, instance.provider);
        if (instance.auth) authSchemes_.push_back(instance.auth);
    }
}

std::shared_ptr<const ProviderPlugin> PluginSet::provider(const std::string& providerName) const {
    auto it = providers_.find(providerName);
    return it == providers_.end() ? nullptr : it->second;
}

}  // namespace sluice::plugins
