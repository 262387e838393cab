#include "app/PluginSources.h"

#include "packages/PluginPackage.h"
#include "store/PluginSettingsStore.h"

#include <Poco/Path.h>

#include <soci/soci.h>

#include <unistd.h>

namespace sluice::app {

namespace {

/** The running binary's path; plugin-runner children run the same one. */
std::string selfExecutable() {
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    return n <= 0 ? std::string() : std::string(self, static_cast<size_t>(n));
}

}  // namespace

const char* const kUnsignedPluginsWarning =
    "plugins.allow_unsigned is on: installed packages load without a publisher signature (only their file hashes "
    "are checked); turn it off unless you build every package yourself";

std::string pluginsDirectory(const config::Settings& settings) {
    if (!settings.pluginsDir.empty()) return settings.pluginsDir;
    std::string self = selfExecutable();
    if (self.empty()) return "plugins";
    return Poco::Path(self).parent().parent().append(Poco::Path("plugins")).toString();
}

plugins::PluginSources pluginSources(const config::Settings& settings, store::Database& database) {
    plugins::PluginSources sources;
    sources.builtInDirectory = pluginsDirectory(settings);
    sources.installDirectory = settings.effectiveInstallDir();
    sources.verifyInstalled = [trustDir = settings.effectiveTrustDir(),
                               policy = packages::VerifyPolicy{settings.pluginsAllowUnsigned}](const std::string& folder) {
        return packages::PluginPackage::verifyFolder(folder, packages::TrustStore::load(trustDir), policy).origin();
    };
    soci::session sql(database.pool());
    sources.configs = store::PluginSettingsStore::loadConfigs(sql);
    sources.isolated = store::PluginSettingsStore::loadIsolated(sql);
    sources.disabled = store::PluginSettingsStore::loadDisabled(sql);
    sources.runnerExecutable = selfExecutable();
    return sources;
}

}  // namespace sluice::app
