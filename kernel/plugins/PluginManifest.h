// The manifest.json that sits beside every plugin library.
#pragma once

#include <sluice/abi.h>

#include <string>
#include <vector>

namespace sluice::plugins {

/** A validated plugin manifest. */
struct PluginManifest {
    std::string id;
    sluice_kind kind = SLUICE_KIND_PROVIDER;
    std::string version;
    std::string name;
    std::string library;        // file name of the .so, relative to the manifest
    std::string provider;       // for providers: the name channels refer to ("openai")
    std::vector<std::string> formats;  // for providers: wire formats served untranslated ("anthropic-messages")
    uint32_t abiMajor = 0;
    uint32_t abiMinMinor = 0;
    std::string configSchemaJson = "{}";          // JSON Schema of the instance config (plugin configure)
    std::string channelOptionsSchemaJson = "{}";  // JSON Schema of a channel's options (sluice apply)
    std::vector<std::string> egressHosts;   // permissions.egress: hosts the http service may reach
    std::vector<std::string> hostServices;  // permissions.host_services: log, counter_add, http
    std::vector<std::string> secrets;       // permissions.secrets: SLUICE_SECRET_<NAME> the plugin may read

    /** Parses and validates manifest text; throws std::invalid_argument naming the bad field. */
    static PluginManifest parse(const std::string& json);
};

/** Whether text is a valid plugin id: "publisher/name" in lower case. */
bool isValidPluginId(const std::string& text);

/** "provider", "auth", ... for a kind; "unknown" otherwise. */
const char* kindName(sluice_kind kind);

/** The kind named by text; throws std::invalid_argument for an unknown name. */
sluice_kind kindFromName(const std::string& name);

}  // namespace sluice::plugins
