// `sluice serve`: run the gateway until SIGINT or SIGTERM.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Starts the gateway in the foreground and shuts it down cleanly on a signal. */
class ServeCommand : public Command {
public:
    std::string name() const override { return "serve"; }
    std::string summary() const override { return "run the gateway (migrates the store first)"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
