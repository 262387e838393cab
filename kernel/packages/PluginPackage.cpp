#include "packages/PluginPackage.h"

#include "plugins/PluginFolders.h"

#include "packages/FileDigests.h"
#include "packages/PackageSignature.h"
#include "packages/TarArchive.h"
#include "util/Files.h"
#include "util/Secrets.h"

#include <filesystem>
#include <set>
#include <stdexcept>

namespace sluice::packages {

namespace fs = std::filesystem;

namespace {

constexpr const char* kManifest = "manifest.json";
const std::set<std::string> kOptionalFiles = {"config.schema.json", "models.json", "README.md", "LICENSE"};
const std::set<std::string> kPlatforms = {"linux-x86_64", "linux-aarch64"};

bool isPlatformFile(const std::string& path) {
    size_t platformEnd = path.find('/', 4);
    return path.rfind("lib/", 0) == 0 && platformEnd != std::string::npos && kPlatforms.count(path.substr(4, platformEnd - 4)) &&
           path.find('/', platformEnd + 1) == std::string::npos;
}

bool belongsInPackage(const std::string& path) {
    return path == kManifest || path == FileDigests::kFileName || path == PackageSignature::kFileName ||
           kOptionalFiles.count(path) || isPlatformFile(path);
}

const std::string& required(const std::map<std::string, std::string>& files, const std::string& path) {
    auto it = files.find(path);
    if (it == files.end()) throw std::invalid_argument("the package has no " + path);
    return it->second;
}

/** Checks which files are present and parses the manifest. */
plugins::PluginManifest checkLayout(const std::map<std::string, std::string>& files) {
    for (const auto& [path, content] : files)
        if (!belongsInPackage(path))
            throw std::invalid_argument("the package has file " + path +
                                        ", which has no place in a plugin package (manifest.json, lib/<platform>/*, "
                                        "config.schema.json, models.json, README.md, LICENSE)");
    auto manifest = plugins::PluginManifest::parse(required(files, kManifest));
    required(files, "lib/" + PluginPackage::hostPlatform() + "/" + manifest.library);
    required(files, FileDigests::kFileName);
    return manifest;
}

PackageVerdict checkSignature(const std::map<std::string, std::string>& files, const TrustStore& trust,
                              const VerifyPolicy& policy) {
    const std::string& digests = files.at(FileDigests::kFileName);
    auto signatureFile = files.find(PackageSignature::kFileName);
    if (signatureFile == files.end()) {
        if (!policy.allowUnsigned) throw std::invalid_argument("package is unsigned and plugins.allow_unsigned is off");
        return {};
    }
    auto signature = PackageSignature::parse(signatureFile->second);
    const PublicKey* key = trust.find(signature.keyId());
    if (!key)
        throw std::invalid_argument("signed by key " + signature.keyId() + ", which is not in the trust store " +
                                    trust.directory());
    if (!signature.matches(*key, digests))
        throw std::invalid_argument("signature by key " + signature.keyId() + " does not match " + FileDigests::kFileName);
    return {true, signature.keyId()};
}

PackageVerdict verifyFiles(const std::map<std::string, std::string>& files, const TrustStore& trust,
                           const VerifyPolicy& policy) {
    FileDigests::parse(files.at(FileDigests::kFileName)).verify(files);
    return checkSignature(files, trust, policy);
}

/** Every regular file below folder by relative path; anything else (a symbolic link, a device) throws. */
std::map<std::string, std::string> readFolder(const std::string& folder) {
    std::map<std::string, std::string> files;
    if (!fs::is_directory(folder)) throw std::invalid_argument("it is not a directory");
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        std::string relative = entry.path().lexically_relative(folder).generic_string();
        if (entry.is_symlink()) throw std::invalid_argument(relative + " is a symbolic link");
        if (entry.is_directory()) continue;
        if (!entry.is_regular_file()) throw std::invalid_argument(relative + " is not a regular file");
        files.emplace(relative, util::readFile(entry.path().string()));
    }
    return files;
}

}  // namespace

PluginPackage::PluginPackage(std::map<std::string, std::string> files)
    : files_(std::move(files)), manifest_(checkLayout(files_)) {}

PluginPackage PluginPackage::fromBytes(std::string_view bytes) { return PluginPackage(TarArchive::read(bytes).files()); }

PluginPackage PluginPackage::fromFile(const std::string& path) {
    try {
        return fromBytes(util::readFile(path));
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(path + ": " + e.what());
    }
}

PluginPackage PluginPackage::pack(const std::string& folder) {
    try {
        auto files = readFolder(folder);
        for (const char* generated : {FileDigests::kFileName, PackageSignature::kFileName})
            if (files.count(generated)) throw std::invalid_argument(std::string("it already has ") + generated + "; pack a folder without it");
        files.emplace(FileDigests::kFileName, FileDigests::of(files).text());
        return PluginPackage(std::move(files));
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(folder + ": " + e.what());
    }
}

PackageVerdict PluginPackage::verifyFolder(const std::string& folder, const TrustStore& trust, const VerifyPolicy& policy) {
    try {
        auto files = readFolder(folder);
        checkLayout(files);
        return verifyFiles(files, trust, policy);
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(folder + ": " + e.what());
    }
}

std::string PluginPackage::hostPlatform() { return plugins::hostPlatform(); }

void PluginPackage::sign(const SigningKey& key) {
    files_[PackageSignature::kFileName] = PackageSignature::create(key, files_.at(FileDigests::kFileName)).json();
}

PackageVerdict PluginPackage::verify(const TrustStore& trust, const VerifyPolicy& policy) const {
    return verifyFiles(files_, trust, policy);
}

void PluginPackage::extractTo(const std::string& folder) const {
    if (fs::exists(folder)) throw std::invalid_argument(folder + " already exists");
    for (const auto& [path, content] : files_) {
        fs::path target = fs::path(folder) / path;
        fs::create_directories(target.parent_path());
        bool library = target.extension() == ".so";
        util::writeNewFile(target.string(), content, library ? 0755 : 0644);
    }
}

std::string PluginPackage::bytes() const {
    TarArchive archive;
    for (const auto& [path, content] : files_) archive.add(path, content);
    return archive.write();
}

std::string PluginPackage::contentId() const { return util::sha256Hex(files_.at(FileDigests::kFileName)).substr(0, 12); }

}  // namespace sluice::packages
