#include "plugins/PluginManifest.h"

#include <sluice/json.hpp>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <regex>
#include <set>
#include <stdexcept>

namespace sluice::plugins {

namespace {

struct KindName {
    sluice_kind kind;
    const char* name;
};

constexpr KindName kKinds[] = {{SLUICE_KIND_PROVIDER, "provider"},
                               {SLUICE_KIND_AUTH, "auth"},
                               {SLUICE_KIND_BILLING, "billing"},
                               {SLUICE_KIND_RAG_STORE, "rag_store"},
                               {SLUICE_KIND_MCP_TOOL, "mcp_tool"}};

[[noreturn]] void fail(const std::string& field, const std::string& problem) {
    throw std::invalid_argument("manifest." + field + ": " + problem);
}

std::string requiredString(const rapidjson::Value& doc, const char* field) {
    auto it = doc.FindMember(field);
    if (it == doc.MemberEnd()) fail(field, "is required");
    if (!it->value.IsString() || it->value.GetStringLength() == 0) fail(field, "must be a non-empty string");
    return it->value.GetString();
}

std::string optionalString(const rapidjson::Value& doc, const char* field) {
    auto it = doc.FindMember(field);
    if (it == doc.MemberEnd()) return {};
    if (!it->value.IsString()) fail(field, "must be a string");
    return it->value.GetString();
}

std::vector<std::string> stringList(const rapidjson::Value& parent, const char* field, const std::string& path) {
    std::vector<std::string> out;
    auto it = parent.FindMember(field);
    if (it == parent.MemberEnd()) return out;
    if (!it->value.IsArray()) fail(path, "must be an array of strings");
    for (const auto& v : it->value.GetArray()) {
        if (!v.IsString()) fail(path, "must be an array of strings");
        out.emplace_back(v.GetString());
    }
    return out;
}

void readAbi(const rapidjson::Value& doc, PluginManifest& m) {
    auto it = doc.FindMember("abi");
    if (it == doc.MemberEnd() || !it->value.IsObject()) fail("abi", "is required: {\"major\": 1, \"min_minor\": 0}");
    const auto& abi = it->value;
    if (!abi.HasMember("major") || !abi["major"].IsUint()) fail("abi.major", "must be a non-negative integer");
    m.abiMajor = abi["major"].GetUint();
    if (abi.HasMember("min_minor")) {
        if (!abi["min_minor"].IsUint()) fail("abi.min_minor", "must be a non-negative integer");
        m.abiMinMinor = abi["min_minor"].GetUint();
    }
}

void readPermissions(const rapidjson::Value& doc, PluginManifest& m) {
    auto it = doc.FindMember("permissions");
    if (it == doc.MemberEnd()) return;
    if (!it->value.IsObject()) fail("permissions", "must be an object");
    m.egressHosts = stringList(it->value, "egress", "permissions.egress");
    m.hostServices = stringList(it->value, "host_services", "permissions.host_services");
    m.secrets = stringList(it->value, "secrets", "permissions.secrets");
    static const std::set<std::string> services{"log", "counter_add", "http"};
    for (const std::string& service : m.hostServices)
        if (!services.count(service))
            fail("permissions.host_services", "names unknown service '" + service + "' (log, counter_add, http)");
    static const std::regex secretName("[A-Z0-9_]{1,64}");
    for (const std::string& secret : m.secrets)
        if (!std::regex_match(secret, secretName))
            fail("permissions.secrets", "entry '" + secret + "' must be an upper-case name (A-Z, 0-9, _)");
}

/** An optional JSON Schema member, re-serialised; "{}" (anything goes) when absent. */
std::string schemaField(const rapidjson::Value& doc, const char* name) {
    auto it = doc.FindMember(name);
    if (it == doc.MemberEnd()) return "{}";
    if (!it->value.IsObject()) fail(name, "must be a JSON Schema object");
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    it->value.Accept(writer);
    return buffer.GetString();
}

}  // namespace

bool isValidPluginId(const std::string& text) {
    static const std::regex idPattern(R"([a-z0-9][a-z0-9_.-]*/[a-z0-9][a-z0-9_.-]*)");
    return std::regex_match(text, idPattern);
}

const char* kindName(sluice_kind kind) {
    for (const auto& k : kKinds)
        if (k.kind == kind) return k.name;
    return "unknown";
}

sluice_kind kindFromName(const std::string& name) {
    for (const auto& k : kKinds)
        if (name == k.name) return k.kind;
    throw std::invalid_argument("unknown plugin kind '" + name + "'");
}

PluginManifest PluginManifest::parse(const std::string& json) {
    rapidjson::Document doc;
    if (!json::parse(doc, json).ok() || !doc.IsObject()) throw std::invalid_argument("manifest: not a JSON object");
    PluginManifest m;
    m.id = requiredString(doc, "id");
    if (!isValidPluginId(m.id)) fail("id", "must look like 'publisher/name' in lower case");
    try {
        m.kind = kindFromName(requiredString(doc, "kind"));
    } catch (const std::invalid_argument& e) {
        fail("kind", e.what());
    }
    m.version = requiredString(doc, "version");
    static const std::regex versionPattern(R"(\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?)");
    if (!std::regex_match(m.version, versionPattern)) fail("version", "must be a semantic version like 1.2.3");
    m.name = optionalString(doc, "name");
    m.library = requiredString(doc, "library");
    if (m.library.find('/') != std::string::npos) fail("library", "must be a file name beside the manifest");
    m.provider = optionalString(doc, "provider");
    if (m.kind == SLUICE_KIND_PROVIDER && m.provider.empty()) fail("provider", "is required for provider plugins");
    m.formats = stringList(doc, "formats", "formats");
    if (!m.formats.empty() && m.kind != SLUICE_KIND_PROVIDER) fail("formats", "is for provider plugins only");
    readAbi(doc, m);
    m.configSchemaJson = schemaField(doc, "config_schema");
    m.channelOptionsSchemaJson = schemaField(doc, "channel_options_schema");
    readPermissions(doc, m);
    return m;
}

}  // namespace sluice::plugins
