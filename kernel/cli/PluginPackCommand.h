// `sluice plugin pack`: build an unsigned plugin package from a folder.
#pragma once

#include "cli/Command.h"

namespace sluice::cli {

/** Packs a staged plugin folder (manifest.json, lib/<platform>/<library>, optional README.md, LICENSE, config.schema.json, models.json) into an unsigned .sluicepkg. */
class PluginPackCommand : public Command {
public:
    std::string name() const override { return "plugin pack"; }
    std::string summary() const override { return "build an unsigned plugin package from a folder"; }
    std::string positionalUsage() const override { return "DIR"; }
    std::vector<FlagSpec> flags() const override;
    int run(const Arguments& args, std::ostream& out) override;
};

}  // namespace sluice::cli
