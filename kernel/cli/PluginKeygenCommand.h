// `sluice plugin keygen`: create a publisher signing key pair.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Creates an Ed25519 key pair for signing packages: PREFIX.key (mode 0600, secret) and PREFIX.pub (for operators to trust). */
class PluginKeygenCommand : public Command {
public:
    std::string name() const override { return "plugin keygen"; }
    std::string summary() const override { return "create a publisher signing key pair"; }
    std::string positionalUsage() const override { return ""; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
