#include "cli/PluginConfigureCommand.h"

#include "app/PluginSources.h"
#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "plugins/ConfigSchema.h"
#include "plugins/PluginDirectory.h"
#include "plugins/PluginFolders.h"
#include "store/PluginSettingsStore.h"
#include "util/Files.h"

#include <stdexcept>

namespace sluice::cli {

namespace {

/** The schema of the plugin that would serve the id, read without running its code. */
std::string schemaFor(const plugins::PluginSources& sources, const std::string& id) {
    plugins::PluginDirectory directory(sources);
    const auto* entry = directory.byId(id);
    if (!entry) throw std::invalid_argument("no plugin with id '" + id + "' is built in or installed");
    return plugins::configSchemaOf(entry->folder, entry->manifest);
}

std::string configText(const Arguments& args) {
    if (args.has("json") == args.has("file")) throw std::invalid_argument("give exactly one of --json and --file");
    return args.has("json") ? args.get("json") : util::readFile(args.get("file"));
}

}  // namespace

std::vector<FlagSpec> PluginConfigureCommand::flags() const {
    auto flags = configFlags();
    flags.push_back({"json", "TEXT", "the config as a JSON object"});
    flags.push_back({"file", "PATH", "read the config from a JSON file"});
    return flags;
}

int PluginConfigureCommand::run(const Arguments& args, std::ostream& out) {
    std::string id = pluginIdArgument(args);
    std::string config = configText(args);
    config::Settings settings = settingsFrom(args);
    configureLogging("fatal");
    auto database = openMigratedDatabase(settings);
    std::string schema = schemaFor(app::pluginSources(settings, *database), id);
    try {
        plugins::ConfigSchema(schema).validate(config);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument("config for " + id + " does not match its config_schema: " + e.what());
    }
    store::PluginSettingsStore::setConfig(*database, id, config);
    out << "plugin " << id << " configured; running servers switch to a new instance within a second\n";
    return 0;
}

}  // namespace sluice::cli
