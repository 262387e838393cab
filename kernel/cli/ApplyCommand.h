// `sluice apply FILE`: declarative provisioning of channels and tokens.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Validates a provisioning file as a whole and upserts it in one transaction. */
class ApplyCommand : public Command {
public:
    std::string name() const override { return "apply"; }
    std::string summary() const override { return "upsert channels and tokens from a JSON file, all or nothing"; }
    std::string positionalUsage() const override { return "FILE"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
