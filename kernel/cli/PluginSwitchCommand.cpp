#include "cli/PluginSwitchCommand.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "store/PluginSettingsStore.h"

namespace sluice::cli {

std::vector<FlagSpec> PluginSwitchCommand::flags() const { return configFlags(); }

int PluginSwitchCommand::run(const Arguments& args, std::ostream& out) {
    std::string id = pluginIdArgument(args);
    auto database = openMigratedDatabase(settingsFrom(args));
    store::PluginSettingsStore::setEnabled(*database, id, enable_);
    out << "plugin " << id << (enable_ ? " enabled" : " disabled") << "; running servers follow within a second\n";
    return 0;
}

}  // namespace sluice::cli
