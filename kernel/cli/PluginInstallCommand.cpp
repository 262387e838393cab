#include "cli/PluginInstallCommand.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "packages/PluginInstaller.h"

#include <stdexcept>

namespace sluice::cli {

std::vector<FlagSpec> PluginInstallCommand::flags() const { return configFlags(); }

int PluginInstallCommand::run(const Arguments& args, std::ostream& out) {
    if (args.positional.size() != 1) throw std::invalid_argument("expects exactly one PACKAGE");
    const std::string& file = args.positional[0];
    auto settings = settingsFrom(args);
    auto package = packages::PluginPackage::fromFile(file);
    packages::PluginInstaller installer(settings.effectiveInstallDir(), trustStoreFrom(settings), verifyPolicyFrom(settings));
    packages::InstalledPlugin installed;
    try {
        installed = installer.install(package);
    } catch (const std::invalid_argument& e) {
        throw refusal(file, e);
    }
    bumpConfigVersion(settings);
    out << "installed " << package.manifest().id << " " << package.manifest().version << " ("
        << installed.verdict.origin() << ") into "
        << installed.folder << "; running servers rescan\n";
    return 0;
}

}  // namespace sluice::cli
