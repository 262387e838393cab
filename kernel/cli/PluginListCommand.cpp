#include "cli/PluginListCommand.h"

#include "app/PluginSources.h"
#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "plugins/PluginHost.h"


#include <iomanip>

namespace sluice::cli {

std::vector<FlagSpec> PluginListCommand::flags() const {
    auto flags = configFlags();
    flags.push_back({"json", "", "print JSON instead of a table"});
    return flags;
}

int PluginListCommand::run(const Arguments& args, std::ostream& out) {
    config::Settings settings = settingsFrom(args);
    configureLogging("fatal");
    metrics::MetricsRegistry metrics;
    plugins::PluginHost host(metrics);
    auto database = openMigratedDatabase(settings);
    auto loaded = host.load(app::pluginSources(settings, *database));
    const auto& records = loaded->records();
    if (args.has("json")) {
        out << plugins::recordsToJson(records) << "\n";
        return 0;
    }
    if (settings.pluginsAllowUnsigned) out << "warning: " << app::kUnsignedPluginsWarning << "\n\n";
    out << std::left << std::setw(28) << "ID" << std::setw(10) << "KIND" << std::setw(10) << "VERSION" << "STATE\n";
    for (const auto& r : records) {
        out << std::setw(28) << (r.id.empty() ? r.directory : r.id) << std::setw(10) << r.kind << std::setw(10) << r.version
            << (r.loaded ? (r.enabled ? "loaded" : "loaded, disabled") : "refused: " + r.reason) << "\n";
    }
    return 0;
}

}  // namespace sluice::cli
