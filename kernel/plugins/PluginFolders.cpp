#include "plugins/PluginFolders.h"

#include "plugins/PluginRefusal.h"
#include "util/Files.h"

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/Logger.h>

#include <algorithm>

namespace sluice::plugins {

std::vector<std::string> pluginFolders(const std::string& directory) {
    std::vector<std::string> folders;
    Poco::Logger& log = Poco::Logger::get("sluice.plugins");
    if (directory.empty() || !Poco::File(directory).exists() || !Poco::File(directory).isDirectory()) return folders;
    for (Poco::DirectoryIterator it(directory), end; it != end; ++it) {
        try {
            if (it->isDirectory() && Poco::File(it.path().toString() + "/manifest.json").exists())
                folders.push_back(it.path().toString());
        } catch (const Poco::Exception& e) {
            log.warning("skipping %s: %s", it.path().toString(), e.displayText());
        }
    }
    std::sort(folders.begin(), folders.end());
    return folders;
}

std::string configSchemaOf(const std::string& folder, const PluginManifest& manifest) {
    std::string file = folder + "/config.schema.json";
    if (manifest.configSchemaJson == "{}" && Poco::File(file).exists()) return readPluginFile(file);
    return manifest.configSchemaJson;
}

std::string hostPlatform() {
#if defined(__x86_64__)
    return "linux-x86_64";
#elif defined(__aarch64__)
    return "linux-aarch64";
#else
#error "plugins are supported on linux-x86_64 and linux-aarch64 only"
#endif
}

std::string libraryPathOf(const std::string& folder, const PluginManifest& manifest) {
    for (const std::string& relative : {"lib/" + hostPlatform() + "/" + manifest.library, manifest.library}) {
        std::string path = folder + "/" + relative;
        if (Poco::File(path).exists()) return path;
    }
    throw PluginRefusal("library " + manifest.library + " not found (beside the manifest or in lib/" + hostPlatform() +
                        "/)");
}

std::string readPluginFile(const std::string& path) {
    try {
        return util::readFile(path);
    } catch (const std::invalid_argument& e) {
        throw PluginRefusal(e.what());
    }
}

}  // namespace sluice::plugins
