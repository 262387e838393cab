#include "provisioning/PluginSchemaCheck.h"

#include "plugins/ConfigSchema.h"
#include "plugins/PluginFolders.h"

#include <stdexcept>

namespace sluice::provisioning {

namespace {

/** Validates json, re-rooting the violation's "$" path at path and naming the schema. */
void validateAt(const std::string& schema, const std::string& json, const std::string& path,
                const std::string& schemaName) {
    try {
        plugins::ConfigSchema(schema).validate(json);
    } catch (const std::invalid_argument& e) {
        std::string violation = e.what();
        if (violation.rfind("$", 0) == 0) violation.erase(0, 1);
        throw std::invalid_argument(path + violation + " (" + schemaName + ")");
    }
}

}  // namespace

void checkAgainstPlugins(const ProvisioningPlan& plan, const plugins::PluginDirectory& plugins) {
    for (size_t i = 0; i < plan.channels.size(); ++i) {
        const auto* plugin = plugins.byProvider(plan.channels[i]->provider);
        if (!plugin) continue;
        validateAt(plugin->manifest.channelOptionsSchemaJson, plan.channels[i]->optionsJson,
                   "channels[" + std::to_string(i) + "].options", "channel_options_schema of " + plugin->manifest.id);
    }
    for (size_t i = 0; i < plan.plugins.size(); ++i) {
        const PluginSpec& spec = plan.plugins[i];
        std::string path = "plugins[" + std::to_string(i) + "]";
        const auto* plugin = plugins.byId(spec.id);
        if (!plugin) throw std::invalid_argument(path + ".id: no plugin '" + spec.id + "' is built in or installed");
        if (spec.change.isolated.value_or(false) && plugin->manifest.kind != SLUICE_KIND_PROVIDER)
            throw std::invalid_argument(path + ".isolated: only provider plugins can run isolated; " + spec.id +
                                        " is a " + plugins::kindName(plugin->manifest.kind) + " plugin");
        if (spec.change.configJson)
            validateAt(plugins::configSchemaOf(plugin->folder, plugin->manifest), *spec.change.configJson, path + ".config",
                       "config_schema of " + spec.id);
    }
}

}  // namespace sluice::provisioning
