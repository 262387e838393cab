// `sluice plugin uninstall`: remove an installed plugin package.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Removes every installed folder of a plugin from plugins.install_dir and bumps the config version so running servers rescan. */
class PluginUninstallCommand : public Command {
public:
    std::string name() const override { return "plugin uninstall"; }
    std::string summary() const override { return "remove an installed plugin package"; }
    std::string positionalUsage() const override { return "PLUGIN_ID"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
