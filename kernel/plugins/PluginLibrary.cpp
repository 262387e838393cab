#include "plugins/PluginLibrary.h"

#include "plugins/AbiTable.h"
#include "plugins/ElfExports.h"
#include "plugins/PluginFolders.h"
#include "plugins/PluginRefusal.h"

#include <Poco/File.h>

#include <algorithm>
#include <mutex>
#include <vector>

namespace sluice::plugins {

namespace {

/** "a, b, c and 4 more": the first few names, so that a refusal stays one line. */
std::string firstFew(const std::vector<std::string>& names) {
    constexpr size_t kShown = 3;
    std::string text;
    for (size_t i = 0; i < names.size() && i < kShown; ++i) text += (i ? ", " : "") + names[i];
    if (names.size() > kShown) text += " and " + std::to_string(names.size() - kShown) + " more";
    return text;
}

/** Refuses a library that does not export exactly the entry symbol, reading only the file. */
void requireOnlyTheEntrySymbol(const std::string& libraryPath) {
    std::vector<std::string> symbols;
    try {
        symbols = exportedSymbols(libraryPath);
    } catch (const std::exception& e) {
        throw PluginRefusal("not a loadable shared library: " + std::string(e.what()));
    }
    auto entry = std::find(symbols.begin(), symbols.end(), SLUICE_ENTRY_SYMBOL);
    if (entry == symbols.end())
        throw PluginRefusal(std::string("library does not export ") + SLUICE_ENTRY_SYMBOL +
                            " (missing entry point, or built for another ABI major)");
    symbols.erase(entry);
    if (!symbols.empty())
        throw PluginRefusal("library exports " + firstFew(symbols) + " besides " + SLUICE_ENTRY_SYMBOL +
                            "; a plugin exports exactly one symbol (build it with sluice_add_plugin(), or with "
                            "hidden visibility and a version script)");
}

const sluice_plugin_descriptor* callEntry(sluice_entry_fn entry, const sluice_host_api* host) {
    try {
        return entry(host);
    } catch (const std::exception& e) {
        throw PluginRefusal(std::string("entry point threw: ") + e.what());
    } catch (...) {
        throw PluginRefusal("entry point threw an exception");
    }
}

/** The descriptor's fields as far as its struct_size reaches, checked against the host and the manifest. */
sluice_plugin_descriptor checkDescriptor(const sluice_plugin_descriptor* returned, const PluginManifest& m) {
    if (!returned) throw PluginRefusal("entry point returned NULL (the plugin refused this host)");
    const sluice_plugin_descriptor d = readPluginTable(*returned);
    if (d.abi_major != SLUICE_ABI_MAJOR)
        throw PluginRefusal("built for ABI major " + std::to_string(d.abi_major) + ", host speaks " +
                            std::to_string(SLUICE_ABI_MAJOR));
    if (d.abi_minor > SLUICE_ABI_MINOR)
        throw PluginRefusal("needs ABI 1." + std::to_string(d.abi_minor) + ", host offers 1." +
                            std::to_string(SLUICE_ABI_MINOR));
    if (m.abiMajor != d.abi_major) throw PluginRefusal("manifest abi.major disagrees with the library");
    if (!d.id || m.id != d.id)
        throw PluginRefusal("descriptor id '" + std::string(d.id ? d.id : "") + "' does not match manifest id '" +
                            m.id + "'");
    if (d.kind != m.kind)
        throw PluginRefusal(std::string("descriptor kind '") + kindName(d.kind) + "' does not match manifest kind '" +
                            kindName(m.kind) + "'");
    if (!d.version || m.version != d.version)
        throw PluginRefusal("descriptor version '" + std::string(d.version ? d.version : "") +
                            "' does not match manifest version '" + m.version + "'");
    if (!d.vtable) throw PluginRefusal("descriptor has no vtable");
    return d;
}

/** Keeps a library whose code ran but which was refused mapped for the process lifetime. */
void retainForever(boost::dll::shared_library library) {
    static std::mutex mutex;
    static std::vector<boost::dll::shared_library> retained;
    std::lock_guard<std::mutex> lock(mutex);
    retained.push_back(std::move(library));
}

PluginManifest readManifest(const std::string& folder) {
    try {
        return PluginManifest::parse(readPluginFile(folder + "/manifest.json"));
    } catch (const std::invalid_argument& e) {
        throw PluginRefusal(e.what());
    }
}

}  // namespace

std::unique_ptr<PluginLibrary> PluginLibrary::open(const std::string& folder, metrics::MetricsRegistry& metrics) {
    std::unique_ptr<PluginLibrary> plugin(new PluginLibrary());
    plugin->folder_ = folder;
    plugin->manifest_ = readManifest(folder);
    plugin->configSchema_ = configSchemaOf(folder, plugin->manifest_);
    const PluginManifest& manifest = plugin->manifest_;
    std::string libraryPath = libraryPathOf(folder, manifest);
    requireOnlyTheEntrySymbol(libraryPath);
    try {
        plugin->library_.load(libraryPath, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
        throw PluginRefusal("cannot load library: " + std::string(e.what()));
    }
    try {
        auto entry = plugin->library_.get<std::remove_pointer_t<sluice_entry_fn>>(SLUICE_ENTRY_SYMBOL);
        plugin->services_ = std::make_unique<HostServices>(manifest, metrics);
        plugin->descriptor_ = checkDescriptor(callEntry(entry, plugin->services_->api()), manifest);
    } catch (...) {
        retainForever(std::move(plugin->library_));
        throw;
    }
    return plugin;
}

}  // namespace sluice::plugins
