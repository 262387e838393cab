// The `sluice` command: the gateway server and its operator tools.
#include "cli/ApplyCommand.h"
#include "cli/CommandLine.h"
#include "cli/MigrateCommand.h"
#include "cli/PluginConfigureCommand.h"
#include "cli/PluginInstallCommand.h"
#include "cli/PluginKeygenCommand.h"
#include "cli/PluginListCommand.h"
#include "cli/PluginNewCommand.h"
#include "cli/PluginPackCommand.h"
#include "cli/PluginRunnerCommand.h"
#include "cli/PluginSignCommand.h"
#include "cli/PluginSwitchCommand.h"
#include "cli/PluginTrustCommand.h"
#include "cli/PluginUninstallCommand.h"
#include "cli/PluginVerifyCommand.h"
#include "cli/ServeCommand.h"
#include "cli/TokenCreateCommand.h"
#include "cli/VersionCommand.h"

#include <iostream>

int main(int argc, char** argv) {
    sluice::cli::CommandLine commands;
    commands.add(std::make_unique<sluice::cli::ServeCommand>());
    commands.add(std::make_unique<sluice::cli::MigrateCommand>());
    commands.add(std::make_unique<sluice::cli::ApplyCommand>());
    commands.add(std::make_unique<sluice::cli::PluginListCommand>());
    commands.add(std::make_unique<sluice::cli::PluginNewCommand>());
    commands.add(std::make_unique<sluice::cli::PluginSwitchCommand>(true));
    commands.add(std::make_unique<sluice::cli::PluginSwitchCommand>(false));
    commands.add(std::make_unique<sluice::cli::PluginConfigureCommand>());
    commands.add(std::make_unique<sluice::cli::PluginRunnerCommand>());
    commands.add(std::make_unique<sluice::cli::PluginKeygenCommand>());
    commands.add(std::make_unique<sluice::cli::PluginPackCommand>());
    commands.add(std::make_unique<sluice::cli::PluginSignCommand>());
    commands.add(std::make_unique<sluice::cli::PluginVerifyCommand>());
    commands.add(std::make_unique<sluice::cli::PluginTrustCommand>());
    commands.add(std::make_unique<sluice::cli::PluginInstallCommand>());
    commands.add(std::make_unique<sluice::cli::PluginUninstallCommand>());
    commands.add(std::make_unique<sluice::cli::TokenCreateCommand>());
    commands.add(std::make_unique<sluice::cli::VersionCommand>());
    return commands.run(argc, argv, std::cout, std::cerr);
}
