// Installs verified plugin packages into the install directory, and removes them.
#pragma once

#include "packages/PluginPackage.h"
#include "packages/TrustStore.h"

#include <string>
#include <vector>

namespace sluice::packages {

/** Where a package was installed and what its verification established. */
struct InstalledPlugin {
    std::string folder;
    PackageVerdict verdict;
};

/**
 * Each installed package gets its own folder, <id with '/' as '--'>@<version>-<content id>,
 * never reused for other bytes: glibc reuses an already-mapped library with the
 * same path, so a running server must never see new bytes at an old path.
 */
class PluginInstaller {
public:
    /** Installs into installDir (created owner-only when missing), checking packages against trust and policy. */
    PluginInstaller(std::string installDir, TrustStore trust, VerifyPolicy policy);

    /**
     * Verifies the package, extracts it to a staging folder, verifies that folder,
     * renames it into place, then removes the plugin's other folders. On failure
     * nothing is left behind and the installed plugin is untouched.
     */
    InstalledPlugin install(const PluginPackage& package) const;

    /** Removes every folder of the plugin in installDir; throws std::invalid_argument when it is not installed. */
    static std::vector<std::string> uninstall(const std::string& installDir, const std::string& pluginId);

    /** The folders of installDir whose manifest.json has this plugin id, sorted. */
    static std::vector<std::string> foldersOf(const std::string& installDir, const std::string& pluginId);

    /** The folder name a package installs to. */
    static std::string folderName(const PluginPackage& package);

private:
    /** Extracts into a staging folder, verifies it there, and renames it to target; removes the staging folder on failure. */
    void placeAt(const PluginPackage& package, const std::string& target) const;

    std::string installDir_;
    TrustStore trust_;
    VerifyPolicy policy_;
};

}  // namespace sluice::packages
