// `sluice plugin-runner --folder F`: hosts one untrusted provider plugin out of the gateway's process.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/**
 * The child process of an isolated provider plugin. Started by the gateway,
 * never by hand: it speaks length-prefixed binary frames on stdin/stdout (see
 * isolation/RunnerProtocol.h), so stdout carries nothing else; anything the
 * plugin prints there is redirected to stderr, where logs go too.
 */
class PluginRunnerCommand : public Command {
public:
    std::string name() const override { return "plugin-runner"; }
    std::string summary() const override {
        return "host one provider plugin in a child process (started by the gateway, not by hand)";
    }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
