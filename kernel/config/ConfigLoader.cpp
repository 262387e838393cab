#include "config/ConfigLoader.h"

#include "config/SettingKeys.h"

#include <Poco/File.h>
#include <Poco/Util/JSONConfiguration.h>
#include <Poco/Util/MapConfiguration.h>

#include <stdexcept>

extern char** environ;

namespace sluice::config {

namespace {

// Lower numbers win in Poco's LayeredConfiguration.
constexpr int kFlagsPriority = 0;
constexpr int kEnvironmentPriority = 100;
constexpr int kFilePriority = 200;
constexpr int kDefaultsPriority = 300;

Poco::AutoPtr<Poco::Util::MapConfiguration> mapLayer(const std::map<std::string, std::string>& values) {
    Poco::AutoPtr<Poco::Util::MapConfiguration> layer(new Poco::Util::MapConfiguration);
    for (const auto& [key, value] : values) layer->setString(key, value);
    return layer;
}

std::string chooseFile(const std::string& configFile) {
    if (!configFile.empty()) {
        if (!Poco::File(configFile).exists()) throw std::invalid_argument("config file not found: " + configFile);
        return configFile;
    }
    for (const char* candidate : {"config/sluice.json", "/etc/sluice/sluice.json"})
        if (Poco::File(candidate).exists()) return candidate;
    return {};
}

}  // namespace

Poco::AutoPtr<Poco::Util::LayeredConfiguration> ConfigLoader::load(
    const std::string& configFile, const std::map<std::string, std::string>& environment,
    const std::map<std::string, std::string>& overrides) {
    std::map<std::string, std::string> defaults, fromEnvironment;
    for (const auto& key : settingKeys()) {
        defaults.emplace(key.key, key.defaultValue);
        auto it = environment.find(std::string(key.environment));
        if (it != environment.end()) fromEnvironment.emplace(key.key, it->second);
    }
    Poco::AutoPtr<Poco::Util::LayeredConfiguration> config(new Poco::Util::LayeredConfiguration);
    config->add(mapLayer(defaults), kDefaultsPriority);
    std::string file = chooseFile(configFile);
    if (!file.empty()) {
        try {
            config->add(new Poco::Util::JSONConfiguration(file), kFilePriority);
        } catch (const Poco::Exception& e) {
            throw std::invalid_argument("config file " + file + ": " + e.displayText());
        }
    }
    config->add(mapLayer(fromEnvironment), kEnvironmentPriority);
    config->add(mapLayer(overrides), kFlagsPriority);
    return config;
}

std::map<std::string, std::string> ConfigLoader::processEnvironment() {
    std::map<std::string, std::string> out;
    for (char** entry = environ; entry && *entry; ++entry) {
        std::string_view pair(*entry);
        if (pair.substr(0, 7) != "SLUICE_") continue;
        size_t eq = pair.find('=');
        if (eq != std::string_view::npos) out.emplace(pair.substr(0, eq), pair.substr(eq + 1));
    }
    return out;
}

}  // namespace sluice::config
