// A provisioning plan checked against the schemas of the plugins that will read it.
#pragma once

#include "plugins/PluginDirectory.h"
#include "provisioning/ProvisioningPlan.h"

namespace sluice::provisioning {

/**
 * Checks, without running plugin code, that each channel's options match the
 * channel_options_schema of the provider plugin serving it, and each plugin
 * entry names a built-in or installed plugin whose config_schema its config
 * matches — so a typo fails `sluice apply` instead of every request. Throws
 * std::invalid_argument with the JSON path, e.g.
 * "channels[1].options.headers.x: expected string, got number (channel_options_schema of sluice/provider-openai)".
 * A channel whose provider no plugin serves is left alone: the gateway
 * answers it with "no enabled plugin provides", and the plugin may arrive later.
 */
void checkAgainstPlugins(const ProvisioningPlan& plan, const plugins::PluginDirectory& plugins);

}  // namespace sluice::provisioning
