#include "plugins/PluginHost.h"

#include "plugins/AbiWriters.h"
#include "plugins/ElfExports.h"

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/Logger.h>
#include <Poco/Path.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace sluice::plugins {

namespace {

/** A refusal: the reason becomes the record's and the log line's. */
class Refusal : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Refusal("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void requireEntrySymbol(const std::string& libraryPath) {
    std::vector<std::string> symbols;
    try {
        symbols = exportedSymbols(libraryPath);
    } catch (const std::exception& e) {
        throw Refusal("not a loadable shared library: " + std::string(e.what()));
    }
    if (std::find(symbols.begin(), symbols.end(), SLUICE_ENTRY_SYMBOL) == symbols.end())
        throw Refusal(std::string("library does not export ") + SLUICE_ENTRY_SYMBOL +
                      " (missing entry point, or built for another ABI major)");
    if (symbols.size() > 1)
        Poco::Logger::get("sluice.plugins")
            .warning("%s exports %z symbols besides the entry point; build it with hidden visibility",
                     libraryPath, symbols.size() - 1);
}

const sluice_plugin_descriptor* callEntry(sluice_entry_fn entry, const sluice_host_api* host) {
    try {
        return entry(host);
    } catch (const std::exception& e) {
        throw Refusal(std::string("entry point threw: ") + e.what());
    } catch (...) {
        throw Refusal("entry point threw an exception");
    }
}

void checkDescriptor(const sluice_plugin_descriptor* d, const PluginManifest& m) {
    if (!d) throw Refusal("entry point returned NULL (the plugin refused this host)");
    if (d->struct_size < sizeof(sluice_plugin_descriptor))
        throw Refusal("descriptor struct_size " + std::to_string(d->struct_size) + " is smaller than ABI 1.0's");
    if (d->abi_major != SLUICE_ABI_MAJOR)
        throw Refusal("built for ABI major " + std::to_string(d->abi_major) + ", host speaks " +
                      std::to_string(SLUICE_ABI_MAJOR));
    if (d->abi_minor > SLUICE_ABI_MINOR)
        throw Refusal("needs ABI 1." + std::to_string(d->abi_minor) + ", host offers 1." +
                      std::to_string(SLUICE_ABI_MINOR));
    if (m.abiMajor != d->abi_major) throw Refusal("manifest abi.major disagrees with the library");
    if (!d->id || m.id != d->id) throw Refusal("descriptor id '" + std::string(d->id ? d->id : "") +
                                                "' does not match manifest id '" + m.id + "'");
    if (d->kind != m.kind)
        throw Refusal(std::string("descriptor kind '") + kindName(d->kind) + "' does not match manifest kind '" +
                      kindName(m.kind) + "'");
    if (!d->version || m.version != d->version)
        throw Refusal("descriptor version '" + std::string(d->version ? d->version : "") +
                      "' does not match manifest version '" + m.version + "'");
    if (!d->vtable) throw Refusal("descriptor has no vtable");
}

/** The kind's vtable, refused if it is shorter than ABI 1.0's. */
template <class Vtable>
const Vtable* vtableOf(const sluice_plugin_descriptor& d) {
    auto vtable = static_cast<const Vtable*>(d.vtable);
    if (vtable->struct_size < sizeof(Vtable)) throw Refusal("vtable struct_size is smaller than ABI 1.0's");
    return vtable;
}

/** Refuses a vtable with a NULL required operation (a C plugin may leave one out). */
template <class... Operation>
void requireOperations(Operation... operations) {
    if (((operations == nullptr) || ...)) throw Refusal("vtable lacks a required operation (NULL function pointer)");
}

template <class Vtable>
void* createInstance(const Vtable* vtable, const HostServices& services, const std::string& config) {
    void* instance = nullptr;
    StringWriter err;
    sluice_status status = vtable->create(services.api(), sluice_str{config.data(), config.size()}, &instance, err.abi());
    if (status != SLUICE_OK || !instance) throw Refusal("create failed: " + (err.text().empty() ? "no message" : err.text()));
    return instance;
}

}  // namespace

PluginHost::~PluginHost() {
    providers_.clear();
    authSchemes_.clear();
}

void PluginHost::loadDirectory(const std::string& directory) {
    Poco::Logger& log = Poco::Logger::get("sluice.plugins");
    if (!Poco::File(directory).exists() || !Poco::File(directory).isDirectory()) {
        log.warning("plugins directory %s does not exist; no plugins loaded", directory);
        return;
    }
    std::vector<std::string> folders;
    for (Poco::DirectoryIterator it(directory), end; it != end; ++it) {
        try {
            if (it->isDirectory() && Poco::File(it.path().toString() + "/manifest.json").exists())
                folders.push_back(it.path().toString());
        } catch (const Poco::Exception& e) {
            log.warning("skipping %s: %s", it.path().toString(), e.displayText());
        }
    }
    std::sort(folders.begin(), folders.end());
    for (const std::string& folder : folders) {
        PluginRecord record = loadPlugin(folder);
        if (record.loaded) log.information("loaded plugin %s %s (%s) from %s", record.id, record.version, record.kind, folder);
        else log.error("refused plugin in %s: %s", folder, record.reason);
        records_.push_back(std::move(record));
    }
}

PluginRecord PluginHost::loadPlugin(const std::string& folder) {
    PluginRecord record;
    record.directory = folder;
    try {
        PluginManifest manifest;
        try {
            manifest = PluginManifest::parse(readFile(folder + "/manifest.json"));
        } catch (const std::invalid_argument& e) {
            throw Refusal(e.what());
        }
        record.id = manifest.id;
        record.kind = kindName(manifest.kind);
        record.version = manifest.version;
        std::string libraryPath = Poco::Path(folder).append(manifest.library).toString();
        if (!Poco::File(libraryPath).exists()) throw Refusal("library " + manifest.library + " not found");
        requireEntrySymbol(libraryPath);
        boost::dll::shared_library library;
        try {
            library.load(libraryPath, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
        } catch (const std::exception& e) {
            throw Refusal("cannot load library: " + std::string(e.what()));
        }
        auto entry = library.get<std::remove_pointer_t<sluice_entry_fn>>(SLUICE_ENTRY_SYMBOL);
        // Its code is about to run: from here on the library stays mapped even if refused
        // (objects it made, such as a thrown exception's type_info, must not dangle).
        libraries_.push_back(std::move(library));
        auto services = std::make_unique<HostServices>(manifest.id, manifest.hostServices, metrics_);
        const sluice_plugin_descriptor* descriptor = callEntry(entry, services->api());
        checkDescriptor(descriptor, manifest);
        if (isLoaded(manifest.id)) throw Refusal("a plugin with id '" + manifest.id + "' is already loaded");
        instantiate(manifest, *descriptor, *services);
        services_.push_back(std::move(services));
        record.loaded = true;
    } catch (const Refusal& e) {
        record.reason = e.what();
    } catch (const std::exception& e) {
        record.reason = std::string("unexpected error: ") + e.what();
    }
    return record;
}

void PluginHost::instantiate(const PluginManifest& manifest, const sluice_plugin_descriptor& descriptor,
                             const HostServices& services) {
    const std::string config = "{}";
    switch (manifest.kind) {
        case SLUICE_KIND_PROVIDER: {
            if (providers_.count(manifest.provider))
                throw Refusal("another plugin already provides '" + manifest.provider + "'");
            auto vtable = vtableOf<sluice_provider_vtable>(descriptor);
            requireOperations(vtable->create, vtable->destroy, vtable->build_request, vtable->translate_response,
                              vtable->stream_new, vtable->stream_feed, vtable->stream_finish, vtable->stream_destroy,
                              vtable->classify_error);
            providers_.emplace(manifest.provider,
                               std::make_unique<ProviderPlugin>(manifest, vtable, createInstance(vtable, services, config)));
            return;
        }
        case SLUICE_KIND_AUTH: {
            auto vtable = vtableOf<sluice_auth_vtable>(descriptor);
            requireOperations(vtable->create, vtable->destroy, vtable->authenticate);
            authSchemes_.push_back(std::make_unique<AuthPlugin>(manifest, vtable, createInstance(vtable, services, config)));
            return;
        }
        default:
            throw Refusal(std::string("kind '") + kindName(manifest.kind) + "' is recognised but this kernel has no "
                          "pipeline stage for it yet");
    }
}

bool PluginHost::isLoaded(const std::string& id) const {
    return std::any_of(records_.begin(), records_.end(), [&](const PluginRecord& r) { return r.loaded && r.id == id; });
}

const ProviderPlugin* PluginHost::provider(const std::string& providerName) const {
    auto it = providers_.find(providerName);
    return it == providers_.end() ? nullptr : it->second.get();
}

}  // namespace sluice::plugins
