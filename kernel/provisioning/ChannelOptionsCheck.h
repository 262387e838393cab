// Channel options checked against the schema of the provider plugin that will read them.
#pragma once

#include "plugins/PluginDirectory.h"
#include "provisioning/ProvisioningPlan.h"

namespace sluice::provisioning {

/**
 * Checks each channel's options against the channel_options_schema of the
 * provider plugin serving it, so a typo fails `sluice apply` instead of every
 * request. Throws std::invalid_argument with the JSON path, e.g.
 * "channels[1].options.headers.x: expected string, got number (channel_options_schema of sluice/provider-openai)".
 * A channel whose provider no plugin serves is left alone: the gateway
 * answers it with "no enabled plugin provides", and the plugin may arrive later.
 */
void checkChannelOptions(const ProvisioningPlan& plan, const plugins::PluginDirectory& plugins);

}  // namespace sluice::provisioning
