// `sluice plugin verify`: check a package's digests and signature.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Verifies a package against the configured trust store and plugins.allow_unsigned, as install would; exit 1 when refused. */
class PluginVerifyCommand : public Command {
public:
    std::string name() const override { return "plugin verify"; }
    std::string summary() const override { return "check a package's digests and signature"; }
    std::string positionalUsage() const override { return "PACKAGE"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
