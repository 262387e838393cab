// `sluice plugin new`: a complete out-of-tree plugin project that builds and passes its test as generated.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Writes a vendor plugin project (CMake, manifest, source, fixture test, README) for the installed SDK. */
class PluginNewCommand : public Command {
public:
    std::string name() const override { return "plugin new"; }
    std::string summary() const override { return "scaffold an out-of-tree plugin project"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
