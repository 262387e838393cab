// The plugin instances serving requests at one moment, swapped whole on change.
#pragma once

#include "plugins/AuthPlugin.h"
#include "plugins/PluginRecord.h"
#include "plugins/ProviderPlugin.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace sluice::plugins {

/**
 * An immutable snapshot of the live plugin instances. A request holds the
 * snapshot it started with until it ends, so a reload (enable, configure,
 * upgrade) never changes what an in-flight request uses: new requests get
 * the new instances, and an old instance is destroyed when the last request
 * holding it finishes.
 */
class PluginSet {
public:
    /** One live instance, keyed so an unchanged plugin keeps its instance across reloads. */
    struct Instance {
        std::string key;  // folder + config: equal keys mean the same instance may be kept
        std::shared_ptr<const ProviderPlugin> provider;
        std::shared_ptr<const AuthPlugin> auth;
    };

    PluginSet(std::vector<Instance> instances, std::vector<PluginRecord> records);

    /** The provider plugin for a channel's provider name, or nullptr. */
    std::shared_ptr<const ProviderPlugin> provider(const std::string& providerName) const;

    /** Auth schemes in load order. */
    const std::vector<std::shared_ptr<const AuthPlugin>>& authSchemes() const noexcept { return authSchemes_; }

    /** Every plugin seen, loaded or refused, in load order. */
    const std::vector<PluginRecord>& records() const noexcept { return records_; }

    /** The live instances, for the next reload to reuse. */
    const std::vector<Instance>& instances() const noexcept { return instances_; }

private:
    std::vector<Instance> instances_;
    std::vector<PluginRecord> records_;
    std::map<std::string, std::shared_ptr<const ProviderPlugin>> providers_;
    std::vector<std::shared_ptr<const AuthPlugin>> authSchemes_;
};

}  // namespace sluice::plugins
