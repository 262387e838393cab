// A validated declarative provisioning file (the `sluice apply` contract).
#pragma once

#include "catalog/Channel.h"
#include "catalog/Token.h"
#include "store/PluginSettingsStore.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sluice::provisioning {

/** A token as the file declares it; key is optional (then one is generated for new tokens). */
struct TokenSpec {
    catalog::Token token;
    std::optional<std::string> key;
};

/** A plugin's switch, instance config and isolation as the file declares them. */
struct PluginSpec {
    std::string id;
    store::PluginSettingsChange change;  // fields absent from the file stay as they are
};

/** Everything a file asks for, validated as a whole before anything is written. */
struct ProvisioningPlan {
    std::vector<std::unique_ptr<catalog::Channel>> channels;
    std::vector<TokenSpec> tokens;
    std::vector<PluginSpec> plugins;

    /**
     * Parses and validates the file. Throws std::invalid_argument whose message
     * starts with the JSON path of the offending field, e.g. "channels[0].weight: ...".
     */
    static ProvisioningPlan parse(const std::string& json);
};

}  // namespace sluice::provisioning
