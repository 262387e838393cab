#include "packages/PluginInstaller.h"

#include "util/Files.h"
#include "util/Secrets.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace sluice::packages {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStagingPrefix = ".staging-";

/** The plugin id in folder/manifest.json; empty when the folder holds no valid manifest. */
std::string installedId(const fs::path& folder) {
    try {
        return plugins::PluginManifest::parse(util::readFile((folder / "manifest.json").string())).id;
    } catch (const std::invalid_argument&) {
        return {};
    }
}

}  // namespace

PluginInstaller::PluginInstaller(std::string installDir, TrustStore trust, VerifyPolicy policy)
    : installDir_(std::move(installDir)), trust_(std::move(trust)), policy_(policy) {}

std::string PluginInstaller::folderName(const PluginPackage& package) {
    std::string id = package.manifest().id;
    return id.replace(id.find('/'), 1, "--") + "@" + package.manifest().version + "-" + package.contentId();
}

InstalledPlugin PluginInstaller::install(const PluginPackage& package) const {
    PackageVerdict verdict = package.verify(trust_, policy_);
    util::createPrivateDirectories(installDir_);
    std::string target = (fs::path(installDir_) / folderName(package)).string();
    if (fs::exists(target)) {
        PluginPackage::verifyFolder(target, trust_, policy_);
    } else {
        placeAt(package, target);
    }
    for (const auto& folder : foldersOf(installDir_, package.manifest().id))
        if (folder != target) fs::remove_all(folder);
    return {target, verdict};
}

void PluginInstaller::placeAt(const PluginPackage& package, const std::string& target) const {
    std::string staging = (fs::path(installDir_) / (kStagingPrefix + util::newRequestId())).string();
    try {
        package.extractTo(staging);
        PluginPackage::verifyFolder(staging, trust_, policy_);
        fs::rename(staging, target);
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        throw;
    }
}

std::vector<std::string> PluginInstaller::uninstall(const std::string& installDir, const std::string& pluginId) {
    auto folders = foldersOf(installDir, pluginId);
    if (folders.empty()) throw std::invalid_argument("plugin " + pluginId + " is not installed in " + installDir);
    for (const auto& folder : folders) fs::remove_all(folder);
    return folders;
}

std::vector<std::string> PluginInstaller::foldersOf(const std::string& installDir, const std::string& pluginId) {
    std::vector<std::string> folders;
    std::error_code error;
    if (!fs::is_directory(installDir, error)) return folders;
    for (const auto& entry : fs::directory_iterator(installDir)) {
        bool staging = entry.path().filename().string().rfind(kStagingPrefix, 0) == 0;
        if (entry.is_directory() && !entry.is_symlink() && !staging && installedId(entry.path()) == pluginId)
            folders.push_back(entry.path().string());
    }
    std::sort(folders.begin(), folders.end());
    return folders;
}

}  // namespace sluice::packages
