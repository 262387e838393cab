#include "plugins/ConfigSchema.h"

#include <sluice/json.hpp>

#include <rapidjson/document.h>

#include <regex>
#include <sstream>
#include <stdexcept>

namespace sluice::plugins {

struct ConfigSchema::Document {
    rapidjson::Document json;
};

namespace {

using Value = rapidjson::Value;

[[noreturn]] void violation(const std::string& path, const std::string& message) {
    throw std::invalid_argument(path + ": " + message);
}

const char* typeOf(const Value& v) {
    if (v.IsNull()) return "null";
    if (v.IsBool()) return "boolean";
    if (v.IsObject()) return "object";
    if (v.IsArray()) return "array";
    if (v.IsString()) return "string";
    if (v.IsInt64() || v.IsUint64()) return "integer";
    return "number";
}

bool hasType(const Value& v, const std::string& type) {
    std::string actual = typeOf(v);
    return actual == type || (type == "number" && actual == "integer");
}

void checkType(const Value& schema, const Value& v, const std::string& path) {
    auto it = schema.FindMember("type");
    if (it == schema.MemberEnd()) return;
    if (it->value.IsString()) {
        if (!hasType(v, it->value.GetString()))
            violation(path, std::string("expected ") + it->value.GetString() + ", got " + typeOf(v));
        return;
    }
    if (!it->value.IsArray()) return;
    std::string names;
    for (const auto& t : it->value.GetArray()) {
        if (t.IsString() && hasType(v, t.GetString())) return;
        names += (names.empty() ? "" : " or ") + std::string(t.IsString() ? t.GetString() : "?");
    }
    violation(path, "expected " + names + ", got " + typeOf(v));
}

void checkEnum(const Value& schema, const Value& v, const std::string& path) {
    if (auto it = schema.FindMember("const"); it != schema.MemberEnd() && it->value != v)
        violation(path, "must equal the schema's const value");
    auto it = schema.FindMember("enum");
    if (it == schema.MemberEnd() || !it->value.IsArray()) return;
    for (const auto& allowed : it->value.GetArray())
        if (allowed == v) return;
    violation(path, "is not one of the values the schema's enum allows");
}

double numberKeyword(const Value& schema, const char* name, double fallback) {
    auto it = schema.FindMember(name);
    return it != schema.MemberEnd() && it->value.IsNumber() ? it->value.GetDouble() : fallback;
}

void checkBounds(const Value& schema, double amount, const std::string& path, const char* minKey, const char* maxKey,
                 const std::string& what) {
    double min = numberKeyword(schema, minKey, -1e308), max = numberKeyword(schema, maxKey, 1e308);
    std::ostringstream bound;
    if (amount < min) violation(path, what + " is below the minimum " + (bound << min, bound.str()));
    if (amount > max) violation(path, what + " is above the maximum " + (bound << max, bound.str()));
}

void checkString(const Value& schema, const Value& v, const std::string& path) {
    std::string text(v.GetString(), v.GetStringLength());
    checkBounds(schema, static_cast<double>(text.size()), path, "minLength", "maxLength", "length");
    auto it = schema.FindMember("pattern");
    if (it == schema.MemberEnd() || !it->value.IsString()) return;
    if (!std::regex_search(text, std::regex(it->value.GetString(), std::regex::ECMAScript)))
        violation(path, std::string("does not match the pattern ") + it->value.GetString());
}

void validateValue(const Value& schema, const Value& v, const std::string& path);

void checkObject(const Value& schema, const Value& v, const std::string& path) {
    if (auto it = schema.FindMember("required"); it != schema.MemberEnd() && it->value.IsArray())
        for (const auto& name : it->value.GetArray())
            if (name.IsString() && !v.HasMember(name.GetString()))
                violation(path, std::string("lacks the required property '") + name.GetString() + "'");
    auto properties = schema.FindMember("properties");
    auto additional = schema.FindMember("additionalProperties");
    for (const auto& member : v.GetObject()) {
        std::string name(member.name.GetString(), member.name.GetStringLength());
        std::string childPath = path + "." + name;
        if (properties != schema.MemberEnd() && properties->value.IsObject() && properties->value.HasMember(name.c_str())) {
            validateValue(properties->value[name.c_str()], member.value, childPath);
        } else if (additional != schema.MemberEnd() && additional->value.IsFalse()) {
            violation(childPath, "is not a property the schema allows");
        } else if (additional != schema.MemberEnd() && additional->value.IsObject()) {
            validateValue(additional->value, member.value, childPath);
        }
    }
}

void checkArray(const Value& schema, const Value& v, const std::string& path) {
    checkBounds(schema, static_cast<double>(v.Size()), path, "minItems", "maxItems", "item count");
    auto items = schema.FindMember("items");
    if (items == schema.MemberEnd() || !items->value.IsObject()) return;
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
        validateValue(items->value, v[i], path + "[" + std::to_string(i) + "]");
}

void validateValue(const Value& schema, const Value& v, const std::string& path) {
    if (!schema.IsObject()) return;
    checkType(schema, v, path);
    checkEnum(schema, v, path);
    if (v.IsNumber()) checkBounds(schema, v.GetDouble(), path, "minimum", "maximum", "value");
    if (v.IsString()) checkString(schema, v, path);
    if (v.IsObject()) checkObject(schema, v, path);
    if (v.IsArray()) checkArray(schema, v, path);
}

}  // namespace

ConfigSchema::ConfigSchema(const std::string& schemaJson) : schema_(std::make_unique<Document>()) {
    if (!json::parse(schema_->json, schemaJson).ok() || !schema_->json.IsObject())
        throw std::invalid_argument("config_schema is not a JSON object");
}

ConfigSchema::~ConfigSchema() = default;
ConfigSchema::ConfigSchema(ConfigSchema&&) noexcept = default;
ConfigSchema& ConfigSchema::operator=(ConfigSchema&&) noexcept = default;

void ConfigSchema::validate(const std::string& configJson) const {
    rapidjson::Document config;
    if (json::ParseResult parsed = json::parse(config, configJson); !parsed.ok())
        throw std::invalid_argument("$: not valid JSON (" + parsed.message() + ")");
    if (!config.IsObject()) violation("$", std::string("the config must be a JSON object, got ") + typeOf(config));
    validateValue(schema_->json, config, "$");
}

}  // namespace sluice::plugins
