#include "cli/PluginConfigureCommand.h"

#include "app/PluginSources.h"
#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "provisioning/PluginChange.h"
#include "util/Files.h"

#include <stdexcept>

namespace sluice::cli {

namespace {

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
    provisioning::PluginSpec spec;
    spec.id = id;
    spec.change.configJson = config;
    out << provisioning::applyPluginChange(*database, app::pluginSources(settings, *database), std::move(spec))
        << "; running servers switch to a new instance within a second\n";
    return 0;
}

}  // namespace sluice::cli
