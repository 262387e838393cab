// `sluice plugin trust`: trust a publisher's public key.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Copies a publisher's public key into the trust directory as <key id>.pub, so packages it signs verify. */
class PluginTrustCommand : public Command {
public:
    std::string name() const override { return "plugin trust"; }
    std::string summary() const override { return "trust a publisher's public key"; }
    std::string positionalUsage() const override { return "PUBFILE"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
