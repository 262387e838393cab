// `sluice plugin configure ID --json TEXT | --file PATH`: set a plugin's instance config at run time.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/**
 * Validates a config against the plugin's config_schema (without running any
 * plugin code) and stores it. Running servers create a new instance with it
 * on their next reload (about a second); requests already in flight finish
 * on the old instance, which is destroyed once they have.
 */
class PluginConfigureCommand : public Command {
public:
    std::string name() const override { return "plugin configure"; }
    std::string summary() const override { return "set a plugin's config, checked against its schema (no restart)"; }
    std::string positionalUsage() const override { return "PLUGIN_ID"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
