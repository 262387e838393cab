#include "provisioning/PluginChange.h"

#include "plugins/PluginDirectory.h"
#include "provisioning/PluginSchemaCheck.h"
#include "provisioning/Provisioner.h"

#include <sluice/json.hpp>

#include <rapidjson/document.h>

#include <stdexcept>
#include <vector>

namespace sluice::provisioning {

namespace {

/** The plan's path prefix is noise when the change is about one plugin. */
std::string withoutPlanPath(std::string message) {
    const std::string prefix = "plugins[0].";
    if (message.rfind(prefix, 0) == 0) message.erase(0, prefix.size());
    return message;
}

/** "disabled, configured and isolated", for the operator's confirmation. */
std::string describe(const store::PluginSettingsChange& change) {
    std::vector<std::string> done;
    if (change.enabled) done.push_back(*change.enabled ? "enabled" : "disabled");
    if (change.configJson) done.push_back("configured");
    if (change.isolated) done.push_back(*change.isolated ? "isolated" : "back in process");
    std::string text;
    for (size_t i = 0; i < done.size(); ++i) text += (i == 0 ? "" : i + 1 == done.size() ? " and " : ", ") + done[i];
    return text;
}

}  // namespace

PluginSpec parsePluginChange(const std::string& json) {
    rapidjson::Document doc;
    if (!json::parse(doc, json).ok() || !doc.IsObject()) throw std::invalid_argument("the change must be one JSON object");
    try {
        return std::move(ProvisioningPlan::parse(R"({"plugins":[)" + json + "]}").plugins.at(0));
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(withoutPlanPath(e.what()));
    }
}

std::string applyPluginChange(store::Database& database, const plugins::PluginSources& sources, PluginSpec spec) {
    if (spec.change.empty()) throw std::invalid_argument("give \"enabled\", \"config\" and/or \"isolated\"");
    std::string done = "plugin " + spec.id + " " + describe(spec.change);
    ProvisioningPlan plan;
    plan.plugins.push_back(std::move(spec));
    try {
        checkAgainstPlugins(plan, plugins::PluginDirectory(sources));
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(withoutPlanPath(e.what()));
    }
    Provisioner(database).apply(plan);
    return done;
}

}  // namespace sluice::provisioning
