#include "plugins/PluginHost.h"

#include "isolation/IsolatedProvider.h"
#include "plugins/PluginFactory.h"
#include "plugins/PluginFolders.h"
#include "plugins/PluginRefusal.h"

#include <Poco/File.h>
#include <Poco/Logger.h>

namespace sluice::plugins {

namespace {

constexpr const char* kBuiltIn = "built-in";

const PluginManifest& manifestOf(const PluginSet::Instance& instance) {
    return instance.provider ? instance.provider->manifest() : instance.auth->manifest();
}

}  // namespace

/** One pass over the sources: chooses a folder per id, then reuses or creates each instance. */
class PluginHost::Reload {
public:
    Reload(PluginHost& host, const PluginSources& sources, std::shared_ptr<const PluginSet> previous)
        : host_(host), sources_(sources), previous_(std::move(previous)) {}

    std::shared_ptr<const PluginSet> run() {
        if (!sources_.builtInDirectory.empty() && !Poco::File(sources_.builtInDirectory).exists())
            Poco::Logger::get("sluice.plugins")
                .warning("built-in plugins directory %s does not exist; no built-in plugins loaded",
                         sources_.builtInDirectory);
        for (const std::string& folder : pluginFolders(sources_.builtInDirectory)) consider(folder, kBuiltIn);
        for (const std::string& folder : pluginFolders(sources_.installDirectory)) considerInstalled(folder);
        for (Candidate& candidate : candidates_) activate(candidate);
        std::vector<PluginRecord> records;
        for (Candidate& candidate : candidates_) {
            logOutcome(candidate.record);
            records.push_back(std::move(candidate.record));
        }
        return std::make_shared<const PluginSet>(std::move(instances_), std::move(records));
    }

private:
    /** A folder that may serve: its manifest, and its library unless it runs isolated. */
    struct Candidate {
        PluginRecord record;
        PluginManifest manifest;
        const PluginLibrary* library = nullptr;  // null for an isolated plugin: its code never enters this process
        bool active = false;                     // passed every check so far; may still be superseded
    };

    void considerInstalled(const std::string& folder) {
        try {
            consider(folder, sources_.verifyInstalled(folder));
        } catch (const std::exception& e) {
            refuse(folder, e.what());
        }
    }

    void consider(const std::string& folder, const std::string& origin) {
        Candidate candidate;
        candidate.record.directory = folder;
        candidate.record.origin = origin;
        try {
            candidate.manifest = PluginManifest::parse(readPluginFile(folder + "/manifest.json"));
            describe(candidate.record, candidate.manifest);
            candidate.record.enabled = sources_.disabled.count(candidate.manifest.id) == 0;
            if (!isolated(candidate.manifest.id)) candidate.library = &host_.library(folder);
            supersede(candidate);
            candidate.active = true;
        } catch (const std::exception& e) {
            candidate.record.reason = e.what();
        }
        candidates_.push_back(std::move(candidate));
    }

    /** Names the record after its manifest, so even a refusal says which plugin it was. */
    static void describe(PluginRecord& record, const PluginManifest& manifest) {
        record.id = manifest.id;
        record.kind = kindName(manifest.kind);
        record.version = manifest.version;
    }

    /** An installed package replaces a built-in plugin of the same id; any other duplicate is refused. */
    void supersede(Candidate& candidate) {
        for (Candidate& earlier : candidates_) {
            if (!earlier.active || earlier.record.id != candidate.record.id) continue;
            if (earlier.record.origin != kBuiltIn || candidate.record.origin == kBuiltIn)
                throw PluginRefusal("a plugin with id '" + candidate.record.id + "' is already loaded from " +
                                    earlier.record.directory);
            earlier.active = false;
            earlier.record.reason = "superseded by the installed package in " + candidate.record.directory;
        }
    }

    void refuse(const std::string& folder, const std::string& reason) {
        Candidate candidate;
        candidate.record.directory = folder;
        candidate.record.reason = reason;
        candidates_.push_back(std::move(candidate));
    }

    bool isolated(const std::string& id) const { return sources_.isolated.count(id) != 0; }

    void activate(Candidate& candidate) {
        if (!candidate.active) return;
        const std::string& id = candidate.manifest.id;
        auto config = sources_.configs.find(id);
        const std::string& configJson = config == sources_.configs.end() ? std::string("{}") : config->second;
        std::string key = candidate.record.directory + (isolated(id) ? "\nisolated\n" : "\n") + configJson;
        candidate.record.config = configJson;
        if (!candidate.record.enabled) {  // checked, but no instance: the old one drains, an isolated child stops
            candidate.record.loaded = true;
            return;
        }
        try {
            const PluginSet::Instance* kept = reuse(key);
            PluginSet::Instance instance = kept ? *kept : create(candidate, configJson, key);
            requireUniqueProvider(instance);
            instances_.push_back(std::move(instance));
            candidate.record.loaded = true;
            if (isolated(id)) candidate.record.origin += ", isolated in a plugin-runner process";
        } catch (const std::exception& e) {
            candidate.record.reason = e.what();
            keepPrevious(candidate.record);
        }
    }

    PluginSet::Instance create(const Candidate& candidate, const std::string& configJson, std::string key) const {
        if (candidate.library) return instantiate(*candidate.library, configJson, std::move(key));
        PluginSet::Instance instance;
        instance.key = std::move(key);
        instance.provider = isolation::startIsolatedProvider(sources_.runnerExecutable, candidate.record.directory,
                                                             candidate.manifest, configJson);
        return instance;
    }

    const PluginSet::Instance* reuse(const std::string& key) const {
        if (!previous_) return nullptr;
        for (const auto& instance : previous_->instances())
            if (instance.key == key) return &instance;
        return nullptr;
    }

    void requireUniqueProvider(const PluginSet::Instance& instance) const {
        if (!instance.provider) return;
        const std::string& name = instance.provider->manifest().provider;
        for (const auto& other : instances_)
            if (other.provider && other.provider->manifest().provider == name)
                throw PluginRefusal("another plugin already provides '" + name + "'");
    }

    /** A refused replacement leaves the instance that served before it in place. */
    void keepPrevious(PluginRecord& record) {
        if (!previous_) return;
        for (const auto& instance : previous_->instances()) {
            if (manifestOf(instance).id != record.id) continue;
            instances_.push_back(instance);
            record.reason += "; version " + manifestOf(instance).version + " keeps serving";
            return;
        }
    }

    static void logOutcome(const PluginRecord& record) {
        Poco::Logger& log = Poco::Logger::get("sluice.plugins");
        if (record.loaded)
            log.information("plugin %s %s (%s, %s) ready from %s", record.id, record.version, record.kind, record.origin,
                            record.directory);
        else
            log.error("refused plugin in %s: %s", record.directory, record.reason);
    }

    PluginHost& host_;
    const PluginSources& sources_;
    std::shared_ptr<const PluginSet> previous_;
    std::vector<Candidate> candidates_;
    std::vector<PluginSet::Instance> instances_;
};

PluginHost::PluginHost(metrics::MetricsRegistry& metrics)
    : metrics_(metrics),
      published_(std::make_shared<const PluginSet>(std::vector<PluginSet::Instance>{}, std::vector<PluginRecord>{})) {}

PluginHost::~PluginHost() = default;

std::shared_ptr<const PluginSet> PluginHost::load(const PluginSources& sources) {
    std::lock_guard<std::mutex> lock(reloadMutex_);
    auto next = Reload(*this, sources, current()).run();
    published_.publish(next);
    return next;
}

const PluginLibrary& PluginHost::library(const std::string& folder) {
    if (auto it = libraries_.find(folder); it != libraries_.end()) return *it->second;
    if (auto it = refusedLibraries_.find(folder); it != refusedLibraries_.end()) throw PluginRefusal(it->second);
    try {
        return *libraries_.emplace(folder, PluginLibrary::open(folder, metrics_)).first->second;
    } catch (const PluginRefusal& e) {
        refusedLibraries_.emplace(folder, e.what());
        throw;
    }
}

}  // namespace sluice::plugins
