#include "admin/PluginActions.h"

#include "plugins/PluginDirectory.h"
#include "provisioning/PluginSchemaCheck.h"
#include "provisioning/Provisioner.h"

#include <rapidjson/document.h>

namespace sluice::admin {

namespace {

std::string stripped(std::string message) {
    const std::string prefix = "plugins[0].";
    if (message.rfind(prefix, 0) == 0) message.erase(0, prefix.size());
    return message;
}

}  // namespace

std::string PluginActions::apply(const std::string& body) const {
    rapidjson::Document doc;
    doc.Parse(body.data(), body.size());
    if (doc.HasParseError() || !doc.IsObject()) throw std::invalid_argument("the body must be one JSON object");
    try {
        provisioning::ProvisioningPlan plan = provisioning::ProvisioningPlan::parse(R"({"plugins":[)" + body + "]}");
        const provisioning::PluginSpec& spec = plan.plugins.at(0);
        if (!spec.enabled && !spec.configJson) throw std::invalid_argument("give \"enabled\", \"config\" or both");
        provisioning::checkAgainstPlugins(plan, plugins::PluginDirectory(sources_));
        provisioning::Provisioner(database_).apply(plan);
        std::string done = spec.enabled ? (*spec.enabled ? "enabled" : "disabled") : "";
        if (spec.configJson) done += std::string(done.empty() ? "" : " and ") + "configured";
        return "plugin " + spec.id + " " + done + "; servers switch within a reload interval";
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(stripped(e.what()));
    }
}

}  // namespace sluice::admin
