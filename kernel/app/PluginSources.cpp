#include "app/PluginSources.h"

#include "store/PluginSettingsStore.h"

#include <Poco/Path.h>

#include <soci/soci.h>

#include <unistd.h>

namespace sluice::app {

std::string pluginsDirectory(const config::Settings& settings) {
    if (!settings.pluginsDir.empty()) return settings.pluginsDir;
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return "plugins";
    self[n] = '\0';
    return Poco::Path(self).parent().parent().append(Poco::Path("plugins")).toString();
}

plugins::PluginSources pluginSources(const config::Settings& settings, store::Database& database) {
    plugins::PluginSources sources;
    sources.builtInDirectory = pluginsDirectory(settings);
    soci::session sql(database.pool());
    sources.configs = store::PluginSettingsStore::loadConfigs(sql);
    return sources;
}

}  // namespace sluice::app
