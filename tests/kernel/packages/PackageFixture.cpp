#include "kernel/packages/PackageFixture.h"

#include <filesystem>

namespace sluice::testsupport {

PackageFixture::PackageFixture() { packages::TrustStore::add(trustDir(), publisher.publicKey()); }

std::string PackageFixture::libraryPath() { return "lib/" + packages::PluginPackage::hostPlatform() + "/libacme-chat.so"; }

std::string PackageFixture::stage(const std::string& version, const std::string& library) const {
    std::string folder = "staged" + std::to_string(++staged_);
    std::filesystem::create_directories(dir.path() + "/" + folder + "/lib/" + packages::PluginPackage::hostPlatform());
    dir.write(folder + "/manifest.json", R"({"id":"acme/chat","kind":"provider","version":")" + version +
                                             R"(","provider":"acme","library":"libacme-chat.so","abi":{"major":1}})");
    dir.write(folder + "/" + libraryPath(), library);
    dir.write(folder + "/README.md", "# acme chat\n");
    return dir.path() + "/" + folder;
}

packages::PluginPackage PackageFixture::unsignedPackage(const std::string& version, const std::string& library) const {
    return packages::PluginPackage::pack(stage(version, library));
}

packages::PluginPackage PackageFixture::signedPackage(const std::string& version, const std::string& library) const {
    auto package = unsignedPackage(version, library);
    package.sign(publisher);
    return package;
}

packages::TrustStore PackageFixture::trust() const { return packages::TrustStore::load(trustDir()); }

}  // namespace sluice::testsupport
