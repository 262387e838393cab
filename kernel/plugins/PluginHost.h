// Discovers, verifies and loads plugins, and reloads them at run time without dropping requests.
#pragma once

#include "plugins/PluginLibrary.h"
#include "plugins/PluginSet.h"
#include "util/Published.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace sluice::plugins {

/** Where plugins come from and how they are configured, for one (re)load. */
struct PluginSources {
    /** Plugins shipped with the binary; trusted as such. */
    std::string builtInDirectory;
    /** Packages installed by `sluice plugin install`; each is verified before its code runs. Empty = none. */
    std::string installDirectory;
    /**
     * Checks an installed folder's file hashes and signature against the trust
     * policy; returns its origin ("signed by key …" or "unsigned"), throws
     * with the reason when the folder must not load. Required with installDirectory.
     */
    std::function<std::string(const std::string& folder)> verifyInstalled;
    /** Instance config JSON per plugin id; a plugin without an entry gets "{}". */
    std::map<std::string, std::string> configs;
    /** Ids of plugins the operator switched off: checked and listed, but given no instance. */
    std::set<std::string> disabled;
    /** Ids of provider plugins the operator isolates: they run in a `sluice plugin-runner` child process. */
    std::set<std::string> isolated;
    /** The binary that runs `plugin-runner` (the gateway's own); required when isolated is not empty. */
    std::string runnerExecutable;
};

/**
 * Loads plugin folders (manifest.json + library) and publishes the live
 * instances as an immutable PluginSet. A folder is refused, with the exact
 * reason in its record, when an installed package fails verification, its
 * manifest is invalid, its library does not export exactly the entry symbol
 * (read from the ELF dynamic symbol table before any of its code runs), its ABI or
 * descriptor disagrees, its config does not match its config_schema, or
 * create() fails. An installed package supersedes a built-in plugin with the
 * same id. Reloading keeps the instance of every unchanged plugin (same
 * folder, same config), creates the others beside the old ones, and lets the
 * old ones drain: requests hold the set they started with. When a changed
 * plugin is refused, its previous instance keeps serving. Libraries are never
 * unloaded.
 */
class PluginHost {
public:
    /** Plugins' host services count into metrics. */
    explicit PluginHost(metrics::MetricsRegistry& metrics);
    ~PluginHost();
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    /** Scans the sources, builds and publishes a new set; returns it. Safe from any thread. */
    std::shared_ptr<const PluginSet> load(const PluginSources& sources);

    /** The set new requests should use. */
    std::shared_ptr<const PluginSet> current() const { return published_.current(); }

    /** The set's publication point, for per-loop copies (util::LocalSnapshot). */
    const util::Published<PluginSet>& published() const { return published_; }

private:
    class Reload;

    const PluginLibrary& library(const std::string& folder);

    metrics::MetricsRegistry& metrics_;
    std::mutex reloadMutex_;
    std::map<std::string, std::unique_ptr<PluginLibrary>> libraries_;  // by folder, for the process lifetime
    std::map<std::string, std::string> refusedLibraries_;              // folder -> why its library was refused
    util::Published<PluginSet> published_;
};

}  // namespace sluice::plugins
