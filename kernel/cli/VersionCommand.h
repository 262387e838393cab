// `sluice version`: the gateway and plugin ABI versions.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Prints the build's version and the plugin ABI it speaks. */
class VersionCommand : public Command {
public:
    std::string name() const override { return "version"; }
    std::string summary() const override { return "print the version and plugin ABI"; }
    std::vector<FlagSpec> flags() const override { return {}; }
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
