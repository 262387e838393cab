#include "plugins/PluginDirectory.h"

#include "plugins/PluginFolders.h"

#include <algorithm>

namespace sluice::plugins {

PluginDirectory::PluginDirectory(const PluginSources& sources) {
    for (const std::string& folder : pluginFolders(sources.builtInDirectory)) add(folder);
    for (const std::string& folder : pluginFolders(sources.installDirectory)) add(folder);
}

void PluginDirectory::add(const std::string& folder) {
    Entry entry;
    entry.folder = folder;
    try {
        entry.manifest = PluginManifest::parse(readPluginFile(folder + "/manifest.json"));
    } catch (const std::exception&) {
        return;
    }
    auto same = std::find_if(entries_.begin(), entries_.end(),
                             [&](const Entry& e) { return e.manifest.id == entry.manifest.id; });
    if (same != entries_.end()) *same = std::move(entry);
    else entries_.push_back(std::move(entry));
}

const PluginDirectory::Entry* PluginDirectory::byId(const std::string& id) const {
    for (const Entry& e : entries_)
        if (e.manifest.id == id) return &e;
    return nullptr;
}

const PluginDirectory::Entry* PluginDirectory::byProvider(const std::string& providerName) const {
    for (const Entry& e : entries_)
        if (e.manifest.kind == SLUICE_KIND_PROVIDER && e.manifest.provider == providerName) return &e;
    return nullptr;
}

}  // namespace sluice::plugins
