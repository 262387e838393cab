// `sluice plugin list`: every plugin found, loaded or refused with its reason.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Loads the plugins directory as the server would and reports each plugin. */
class PluginListCommand : public Command {
public:
    std::string name() const override { return "plugin list"; }
    std::string summary() const override { return "list plugins: loaded, or refused and why"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
