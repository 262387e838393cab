// `sluice plugin install`: verify and install a plugin package.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Verifies a package, installs it into plugins.install_dir (one folder per content) and bumps the config version so running servers rescan. */
class PluginInstallCommand : public Command {
public:
    std::string name() const override { return "plugin install"; }
    std::string summary() const override { return "verify and install a plugin package"; }
    std::string positionalUsage() const override { return "PACKAGE"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
