#include "cli/PluginSwitchCommand.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "plugins/PluginManifest.h"
#include "store/PluginSettingsStore.h"

#include <stdexcept>

namespace sluice::cli {

std::vector<FlagSpec> PluginSwitchCommand::flags() const { return configFlags(); }

int PluginSwitchCommand::run(const Arguments& args, std::ostream& out) {
    if (args.positional.size() != 1) throw std::invalid_argument("expects exactly one PLUGIN_ID");
    const std::string& id = args.positional[0];
    if (!plugins::isValidPluginId(id)) throw std::invalid_argument("'" + id + "' is not a plugin id (publisher/name)");
    auto database = openMigratedDatabase(settingsFrom(args));
    store::PluginSettingsStore::setEnabled(*database, id, enable_);
    out << "plugin " << id << (enable_ ? " enabled" : " disabled") << "; running servers follow within a second\n";
    return 0;
}

}  // namespace sluice::cli
