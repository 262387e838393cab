#include "provisioning/ProvisioningPlan.h"

#include "plugins/PluginManifest.h"

#include <sluice/json.hpp>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <set>
#include <stdexcept>

namespace sluice::provisioning {

namespace {

using Json = rapidjson::Value;

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw std::invalid_argument(path + ": " + problem);
}

/** Reads one object's fields by path, remembering which were read to reject unknown ones. */
class Fields {
public:
    Fields(const Json& object, std::string path) : object_(object), path_(std::move(path)) {
        if (!object.IsObject()) fail(path_, "must be an object");
    }

    const Json* find(const char* name) {
        known_.insert(name);
        auto it = object_.FindMember(name);
        return it == object_.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
    }

    std::string at(const char* name) const { return path_ + "." + name; }

    std::string string(const char* name, bool required, const std::string& fallback = {}) {
        const Json* v = find(name);
        if (!v) {
            if (required) fail(at(name), "is required");
            return fallback;
        }
        if (!v->IsString() || (required && v->GetStringLength() == 0)) fail(at(name), "must be a non-empty string");
        return v->GetString();
    }

    std::vector<std::string> strings(const char* name, std::vector<std::string> fallback, bool nonEmpty = false) {
        const Json* v = find(name);
        if (!v) {
            if (nonEmpty) fail(at(name), "is required");
            return fallback;
        }
        if (!v->IsArray()) fail(at(name), "must be an array of strings");
        std::vector<std::string> out;
        for (rapidjson::SizeType i = 0; i < v->Size(); ++i) {
            const Json& item = (*v)[i];
            if (!item.IsString() || item.GetStringLength() == 0)
                fail(at(name) + "[" + std::to_string(i) + "]", "must be a non-empty string");
            out.emplace_back(item.GetString());
        }
        if (nonEmpty && out.empty()) fail(at(name), "must not be empty");
        return out;
    }

    int64_t integer(const char* name, int64_t fallback, int64_t min, int64_t max) {
        const Json* v = find(name);
        if (!v) return fallback;
        if (!v->IsInt64() || v->GetInt64() < min || v->GetInt64() > max)
            fail(at(name), "must be an integer from " + std::to_string(min) + " to " + std::to_string(max));
        return v->GetInt64();
    }

    std::optional<int64_t> optionalInteger(const char* name, int64_t min) {
        const Json* v = find(name);
        if (!v) return std::nullopt;
        if (!v->IsInt64() || v->GetInt64() < min) fail(at(name), "must be null or an integer >= " + std::to_string(min));
        return v->GetInt64();
    }

    bool boolean(const char* name, bool fallback) {
        const Json* v = find(name);
        if (!v) return fallback;
        if (!v->IsBool()) fail(at(name), "must be true or false");
        return v->GetBool();
    }

    void rejectUnknown() const {
        for (const auto& member : object_.GetObject())
            if (!known_.count(member.name.GetString())) fail(path_ + "." + member.name.GetString(), "unknown field");
    }

private:
    const Json& object_;
    std::string path_;
    std::set<std::string> known_;
};

std::map<std::string, std::string> modelMap(Fields& f) {
    std::map<std::string, std::string> out;
    const Json* v = f.find("model_map");
    if (!v) return out;
    if (!v->IsObject()) fail(f.at("model_map"), "must be an object of model names");
    for (const auto& m : v->GetObject()) {
        if (!m.value.IsString() || m.value.GetStringLength() == 0)
            fail(f.at("model_map") + "." + m.name.GetString(), "must be a non-empty string");
        out.emplace(m.name.GetString(), m.value.GetString());
    }
    return out;
}

/** An optional object member, re-serialised as JSON text. */
std::optional<std::string> objectJson(Fields& f, const char* name) {
    const Json* v = f.find(name);
    if (!v) return std::nullopt;
    if (!v->IsObject()) fail(f.at(name), "must be an object");
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    v->Accept(writer);
    return buffer.GetString();
}

std::unique_ptr<catalog::Channel> parseChannel(const Json& value, const std::string& path) {
    Fields f(value, path);
    auto c = std::make_unique<catalog::Channel>();
    c->name = f.string("name", true);
    c->provider = f.string("provider", true);
    c->baseUrl = f.string("base_url", false);
    if (!c->baseUrl.empty() && c->baseUrl.rfind("http://", 0) != 0 && c->baseUrl.rfind("https://", 0) != 0)
        fail(f.at("base_url"), "must start with http:// or https://");
    c->keys = f.strings("keys", {});
    c->models = f.strings("models", {}, true);
    c->modelMap = modelMap(f);
    c->priority = f.integer("priority", 0, -1000000, 1000000);
    c->weight = f.integer("weight", 1, 0, 1000000);
    c->groups = f.strings("groups", {"default"});
    c->enabled = f.boolean("enabled", true);
    c->optionsJson = objectJson(f, "options").value_or("{}");
    f.rejectUnknown();
    return c;
}

TokenSpec parseToken(const Json& value, const std::string& path) {
    Fields f(value, path);
    TokenSpec spec;
    spec.token.name = f.string("name", true);
    if (f.find("key")) spec.key = f.string("key", true);
    spec.token.models = f.strings("models", {"*"});
    spec.token.quota = f.optionalInteger("quota", 0);
    spec.token.group = f.string("group", false, "default");
    spec.token.enabled = f.boolean("enabled", true);
    spec.token.expiresAt = f.optionalInteger("expires_at", 0);
    f.rejectUnknown();
    return spec;
}

PluginSpec parsePlugin(const Json& value, const std::string& path) {
    Fields f(value, path);
    PluginSpec spec;
    spec.id = f.string("id", true);
    if (!plugins::isValidPluginId(spec.id)) fail(f.at("id"), "must be a plugin id like 'publisher/name' in lower case");
    if (f.find("enabled")) spec.change.enabled = f.boolean("enabled", true);
    if (f.find("isolated")) spec.change.isolated = f.boolean("isolated", false);
    spec.change.configJson = objectJson(f, "config");
    f.rejectUnknown();
    return spec;
}

template <class Item, class Parse, class NameOf>
std::vector<Item> parseList(Fields& root, const char* field, const char* key, Parse parse, NameOf nameOf) {
    std::vector<Item> out;
    const Json* list = root.find(field);
    if (!list) return out;
    if (!list->IsArray()) fail(field, "must be an array");
    std::set<std::string> names;
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
        std::string path = std::string(field) + "[" + std::to_string(i) + "]";
        out.push_back(parse((*list)[i], path));
        if (!names.insert(nameOf(out.back())).second) fail(path + "." + key, "duplicates an earlier entry");
    }
    return out;
}

}  // namespace

ProvisioningPlan ProvisioningPlan::parse(const std::string& json) {
    rapidjson::Document doc;
    if (json::ParseResult parsed = json::parse(doc, json); !parsed.ok()) fail("$", "invalid JSON: " + parsed.message());
    if (!doc.IsObject()) fail("$", "must be an object with \"channels\", \"tokens\" and/or \"plugins\"");
    Fields root(doc, "$");
    ProvisioningPlan plan;
    plan.channels = parseList<std::unique_ptr<catalog::Channel>>(root, "channels", "name", parseChannel,
                                                                 [](const auto& c) { return c->name; });
    plan.tokens = parseList<TokenSpec>(root, "tokens", "name", parseToken, [](const TokenSpec& t) { return t.token.name; });
    plan.plugins = parseList<PluginSpec>(root, "plugins", "id", parsePlugin, [](const PluginSpec& p) { return p.id; });
    for (const auto& member : doc.GetObject()) {
        std::string name = member.name.GetString();
        if (name != "channels" && name != "tokens" && name != "plugins") fail(name, "unknown field");
    }
    return plan;
}

}  // namespace sluice::provisioning
