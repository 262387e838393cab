#include "cli/PluginUninstallCommand.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "packages/PluginInstaller.h"
#include "plugins/PluginManifest.h"

#include <stdexcept>

namespace sluice::cli {

std::vector<FlagSpec> PluginUninstallCommand::flags() const { return configFlags(); }

int PluginUninstallCommand::run(const Arguments& args, std::ostream& out) {
    if (args.positional.size() != 1) throw std::invalid_argument("expects exactly one PLUGIN_ID");
    const std::string& id = args.positional[0];
    if (!plugins::isValidPluginId(id)) throw std::invalid_argument("'" + id + "' is not a plugin id (publisher/name)");
    auto settings = settingsFrom(args);
    auto removed = packages::PluginInstaller::uninstall(settings.effectiveInstallDir(), id);
    bumpConfigVersion(settings);
    out << "uninstalled " << id << " (" << removed.size() << (removed.size() == 1 ? " folder" : " folders")
        << " removed); running servers rescan\n";
    return 0;
}

}  // namespace sluice::cli
