// One plugin's settings changed on its own: the CLI's `plugin configure` and the admin page.
#pragma once

#include "plugins/PluginHost.h"
#include "provisioning/ProvisioningPlan.h"
#include "store/Database.h"

#include <string>

namespace sluice::provisioning {

/**
 * Parses one plugin change, {"id", "enabled"?, "config"?, "isolated"?}, as a
 * provisioning file's plugins entry; std::invalid_argument names the field
 * ("enabled: must be true or false").
 */
PluginSpec parsePluginChange(const std::string& json);

/**
 * Checks one plugin change against the plugin's schemas without running its
 * code, applies it alone (one transaction, config version bumped, exactly as
 * a provisioning file's plugins section would) and returns a confirmation
 * such as "plugin acme/x disabled and configured". Errors are
 * std::invalid_argument naming the field: "config.region: …", "id: …".
 */
std::string applyPluginChange(store::Database& database, const plugins::PluginSources& sources, PluginSpec spec);

}  // namespace sluice::provisioning
