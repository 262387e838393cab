#include "dialects/responses/ResponsesFields.h"

#include "http/ApiError.h"

namespace sluice::dialects::responses {

namespace {

[[noreturn]] void refuse(const std::string& message, const std::string& param, const std::string& code) {
    throw http::ApiError::invalidRequest(message, code).withParam(param);
}

std::string_view typeName(const rapidjson::Value& value) {
    if (value.IsString()) return "a string";
    if (value.IsArray()) return "an array";
    if (value.IsObject()) return "an object";
    if (value.IsBool()) return "a boolean";
    if (value.IsNumber()) return "a number";
    return "null";
}

}  // namespace

const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return nullptr;
    auto it = object.FindMember(name);
    return it == object.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

const rapidjson::Value& memberOrNull(const rapidjson::Value& object, const char* name) {
    static const rapidjson::Value null;
    if (!object.IsObject()) return null;
    auto it = object.FindMember(name);
    return it == object.MemberEnd() ? null : it->value;
}

std::string fieldName(const std::string& where, std::string_view name) {
    return where.empty() ? std::string(name) : where + "." + std::string(name);
}

std::string_view requiredString(const rapidjson::Value& object, const char* name, const std::string& where) {
    const rapidjson::Value* value = member(object, name);
    if (!value) missing(fieldName(where, name));
    if (!value->IsString()) wrongType(fieldName(where, name), "a string", *value);
    return textOf(*value);
}

std::string_view textOf(const rapidjson::Value& value) { return {value.GetString(), value.GetStringLength()}; }

void missing(const std::string& param) {
    refuse("Missing required parameter: '" + param + "'.", param, "missing_required_parameter");
}

void wrongType(const std::string& param, std::string_view expected, const rapidjson::Value& got) {
    refuse("Invalid type for '" + param + "': expected " + std::string(expected) + ", but got " +
               std::string(typeName(got)) + " instead.",
           param, "invalid_type");
}

void badValue(const std::string& param, std::string_view value, std::string_view supported) {
    refuse("Invalid value: '" + std::string(value) + "'. Supported values are: " + std::string(supported) + ".", param,
           "invalid_value");
}

void unsupported(const std::string& param, const std::string& message) { refuse(message, param, "unsupported_value"); }

}  // namespace sluice::dialects::responses
