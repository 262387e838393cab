// `sluice plugin enable ID` / `sluice plugin disable ID`: switch a plugin at run time.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/**
 * Switches a plugin on or off for every running server sharing the store;
 * servers pick it up on their next catalog reload (about a second), with no
 * restart. In-flight requests finish on the plugin they started with.
 */
class PluginSwitchCommand : public Command {
public:
    explicit PluginSwitchCommand(bool enable) : enable_(enable) {}

    std::string name() const override { return enable_ ? "plugin enable" : "plugin disable"; }
    std::string summary() const override {
        return enable_ ? "switch a plugin back on (no restart)" : "switch a plugin off (no restart)";
    }
    std::string positionalUsage() const override { return "PLUGIN_ID"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;

private:
    bool enable_;
};

}  // namespace sluice::cli
