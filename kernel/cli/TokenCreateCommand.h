// `sluice token create`: a new API token whose key is printed once.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Creates a token with a generated key; only its hash is stored. */
class TokenCreateCommand : public Command {
public:
    std::string name() const override { return "token create"; }
    std::string summary() const override { return "create an API token and print its key once"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
