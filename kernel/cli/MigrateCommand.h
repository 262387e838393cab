// `sluice migrate`: apply pending schema migrations.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Brings the configured database's schema up to date and prints its version. */
class MigrateCommand : public Command {
public:
    std::string name() const override { return "migrate"; }
    std::string summary() const override { return "apply pending database migrations"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
