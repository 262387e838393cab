// A plugin package (.sluicepkg): a tar of the plugin's folder, its digests and an optional signature.
#pragma once

#include "packages/SigningKey.h"
#include "packages/TrustStore.h"
#include "plugins/PluginManifest.h"

#include <map>
#include <string>
#include <string_view>

namespace sluice::packages {

/** How strict verification is (plugins.allow_unsigned). */
struct VerifyPolicy {
    bool allowUnsigned = false;
};

/** What a successful verification established. */
struct PackageVerdict {
    bool isSigned = false;
    std::string keyId;  // the signer's key id; empty when unsigned

    /** "signed by key <id>" or "unsigned", as plugin records and the CLI show it. */
    std::string origin() const { return isSigned ? "signed by key " + keyId : "unsigned"; }
};

/**
 * A plugin package. Its files: manifest.json, the manifest's library at
 * lib/<platform>/<library> (at least for the host's platform), optionally
 * config.schema.json, models.json, README.md and LICENSE; FILES.sha256 over all
 * of them, and an optional SIGNATURE over FILES.sha256.
 */
class PluginPackage {
public:
    /** Parses package bytes and checks its layout (not yet its digests or signature). */
    static PluginPackage fromBytes(std::string_view bytes);

    /** Reads and parses a package file. */
    static PluginPackage fromFile(const std::string& path);

    /** Builds an unsigned package from a staged plugin folder, adding FILES.sha256. */
    static PluginPackage pack(const std::string& folder);

    /** Checks an installed (extracted) package folder exactly like the package: any file changed, added or removed fails. */
    static PackageVerdict verifyFolder(const std::string& folder, const TrustStore& trust, const VerifyPolicy& policy);

    /** "linux-x86_64" or "linux-aarch64": the lib/ folder this build loads from. */
    static std::string hostPlatform();

    /** Adds SIGNATURE (replacing any) by key over FILES.sha256. */
    void sign(const SigningKey& key);

    /**
     * Checks FILES.sha256 against every file, then the signature against the trust
     * store and policy; throws std::invalid_argument with the reason it is refused.
     */
    PackageVerdict verify(const TrustStore& trust, const VerifyPolicy& policy) const;

    /** Writes every file below folder, which must not exist yet. */
    void extractTo(const std::string& folder) const;

    /** The package file's bytes (deterministic tar). */
    std::string bytes() const;

    /** The parsed manifest.json. */
    const plugins::PluginManifest& manifest() const noexcept { return manifest_; }

    /** First 12 hex digits of the SHA-256 of FILES.sha256: names this exact content. */
    std::string contentId() const;

private:
    explicit PluginPackage(std::map<std::string, std::string> files);

    std::map<std::string, std::string> files_;
    plugins::PluginManifest manifest_;
};

}  // namespace sluice::packages
