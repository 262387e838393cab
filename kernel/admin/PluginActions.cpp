#include "admin/PluginActions.h"

#include "plugins/PluginDirectory.h"
#include "provisioning/PluginSchemaCheck.h"
#include "provisioning/Provisioner.h"

#include <rapidjson/document.h>

#include <vector>

namespace sluice::admin {

namespace {

std::string stripped(std::string message) {
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

std::string PluginActions::apply(const std::string& body) const {
    rapidjson::Document doc;
    doc.Parse(body.data(), body.size());
    if (doc.HasParseError() || !doc.IsObject()) throw std::invalid_argument("the body must be one JSON object");
    try {
        provisioning::ProvisioningPlan plan = provisioning::ProvisioningPlan::parse(R"({"plugins":[)" + body + "]}");
        const provisioning::PluginSpec& spec = plan.plugins.at(0);
        if (spec.change.empty()) throw std::invalid_argument("give \"enabled\", \"config\" and/or \"isolated\"");
        provisioning::checkAgainstPlugins(plan, plugins::PluginDirectory(sources_));
        provisioning::Provisioner(database_).apply(plan);
        return "plugin " + spec.id + " " + describe(spec.change) + "; servers switch within a reload interval";
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(stripped(e.what()));
    }
}

}  // namespace sluice::admin
