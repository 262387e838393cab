// `sluice plugin sign`: sign a plugin package with a publisher key.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Adds SIGNATURE to a package (the publisher's Ed25519 signature over FILES.sha256); rewrites the file atomically. */
class PluginSignCommand : public Command {
public:
    std::string name() const override { return "plugin sign"; }
    std::string summary() const override { return "sign a plugin package with a publisher key"; }
    std::string positionalUsage() const override { return "PACKAGE"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
