// Real plugin packages for tests: a staged folder, a publisher key and a trust store in a temp dir.
#pragma once

#include "packages/PluginPackage.h"
#include "packages/SigningKey.h"
#include "support/TempDir.h"

#include <string>

namespace sluice::testsupport {

/** Builds packages from real files; the publisher key is trusted in trustDir(). */
class PackageFixture {
public:
    PackageFixture();

    /** Stages a plugin folder (manifest, library for this host, README) and returns its path. */
    std::string stage(const std::string& version = "1.0.0", const std::string& library = "fake ELF bytes") const;

    /** An unsigned package of a freshly staged folder. */
    packages::PluginPackage unsignedPackage(const std::string& version = "1.0.0",
                                            const std::string& library = "fake ELF bytes") const;

    /** The same package signed by the trusted publisher key. */
    packages::PluginPackage signedPackage(const std::string& version = "1.0.0",
                                          const std::string& library = "fake ELF bytes") const;

    /** The trust store holding the publisher key. */
    packages::TrustStore trust() const;

    /** The directory of trusted keys. */
    std::string trustDir() const { return dir.path() + "/trust"; }

    /** Where files under the fixture's temp dir go. */
    TempDir dir;

    /** The trusted publisher's key. */
    packages::SigningKey publisher = packages::SigningKey::generate();

    /** Path of the library inside a package, for this host. */
    static std::string libraryPath();

private:
    mutable int staged_ = 0;
};

}  // namespace sluice::testsupport
