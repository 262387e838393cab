#include "cli/ApplyCommand.h"

#include "app/PluginSources.h"
#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "provisioning/PluginSchemaCheck.h"
#include "provisioning/Provisioner.h"
#include "util/Files.h"

#include <stdexcept>

namespace sluice::cli {

std::vector<FlagSpec> ApplyCommand::flags() const { return configFlags(); }

int ApplyCommand::run(const Arguments& args, std::ostream& out) {
    if (args.positional.size() != 1) throw std::invalid_argument("expects exactly one FILE");
    const std::string& file = args.positional[0];
    config::Settings settings = settingsFrom(args);
    auto database = openMigratedDatabase(settings);
    provisioning::ProvisioningPlan plan;
    try {
        plan = provisioning::ProvisioningPlan::parse(util::readFile(file));
        provisioning::checkAgainstPlugins(plan, plugins::PluginDirectory(app::pluginSources(settings, *database)));
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(file + ": " + e.what() + " (nothing was applied)");
    }
    provisioning::ApplyResult result = provisioning::Provisioner(*database).apply(plan);
    out << "applied " << result.channels << " channel(s), " << result.tokens << " token(s) and " << result.plugins
        << " plugin setting(s); config version "
        << result.configVersion << "\n";
    for (const auto& [name, key] : result.generatedKeys)
        out << "new key for token '" << name << "' (shown once): " << key << "\n";
    return 0;
}

}  // namespace sluice::cli
