#include "provisioning/ChannelOptionsCheck.h"

#include "plugins/ConfigSchema.h"

#include <stdexcept>

namespace sluice::provisioning {

void checkChannelOptions(const ProvisioningPlan& plan, const plugins::PluginDirectory& plugins) {
    for (size_t i = 0; i < plan.channels.size(); ++i) {
        const catalog::Channel& channel = *plan.channels[i];
        const auto* plugin = plugins.byProvider(channel.provider);
        if (!plugin) continue;
        try {
            plugins::ConfigSchema(plugin->manifest.channelOptionsSchemaJson).validate(channel.optionsJson);
        } catch (const std::invalid_argument& e) {
            std::string violation = e.what();
            if (violation.rfind("$", 0) == 0) violation.erase(0, 1);
            throw std::invalid_argument("channels[" + std::to_string(i) + "].options" + violation +
                                        " (channel_options_schema of " + plugin->manifest.id + ")");
        }
    }
}

}  // namespace sluice::provisioning
