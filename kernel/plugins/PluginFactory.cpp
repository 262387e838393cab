#include "plugins/PluginFactory.h"

#include "plugins/AbiTable.h"
#include "plugins/AbiWriters.h"
#include "plugins/ConfigSchema.h"
#include "plugins/PluginRefusal.h"

namespace sluice::plugins {

namespace {

/** The kind's vtable as far as its struct_size reaches: an operation it lacks is NULL. */
template <class Vtable>
Vtable vtableOf(const sluice_plugin_descriptor& d) {
    return readPluginTable(*static_cast<const Vtable*>(d.vtable));
}

/** Refuses a vtable with a NULL required operation (a C plugin may leave one out). */
template <class... Operation>
void requireOperations(Operation... operations) {
    if (((operations == nullptr) || ...)) throw PluginRefusal("vtable lacks a required operation (NULL function pointer)");
}

template <class Vtable>
void* createInstance(const Vtable& vtable, const HostServices& services, const std::string& config) {
    void* instance = nullptr;
    StringWriter err;
    sluice_status status = vtable.create(services.api(), sluice_str{config.data(), config.size()}, &instance, err.abi());
    if (status != SLUICE_OK || !instance) {
        err.rethrowIfFailed();
        throw PluginRefusal("create failed: " + (err.text().empty() ? "no message" : err.text()));
    }
    return instance;
}

void validateConfig(const PluginLibrary& library, const std::string& config) {
    try {
        ConfigSchema(library.configSchema()).validate(config);
    } catch (const std::invalid_argument& e) {
        throw PluginRefusal(std::string("config does not match config_schema: ") + e.what());
    }
}

}  // namespace

PluginSet::Instance instantiate(const PluginLibrary& library, const std::string& config, std::string key) {
    const PluginManifest& manifest = library.manifest();
    validateConfig(library, config);
    PluginSet::Instance instance;
    instance.key = std::move(key);
    switch (manifest.kind) {
        case SLUICE_KIND_PROVIDER: {
            const auto vtable = vtableOf<sluice_provider_vtable>(library.descriptor());
            requireOperations(vtable.create, vtable.destroy, vtable.build_request, vtable.translate_response,
                              vtable.stream_new, vtable.stream_feed, vtable.stream_finish, vtable.stream_destroy,
                              vtable.classify_error);
            instance.provider = std::make_shared<const ProviderPlugin>(
                manifest, &vtable, createInstance(vtable, library.services(), config));
            return instance;
        }
        case SLUICE_KIND_AUTH: {
            const auto vtable = vtableOf<sluice_auth_vtable>(library.descriptor());
            requireOperations(vtable.create, vtable.destroy, vtable.authenticate);
            instance.auth = std::make_shared<const AuthPlugin>(manifest, vtable,
                                                               createInstance(vtable, library.services(), config));
            return instance;
        }
        default:
            throw PluginRefusal(std::string("kind '") + kindName(manifest.kind) +
                                "' is recognised but this kernel has no pipeline stage for it yet");
    }
}

}  // namespace sluice::plugins
