// Reading a Responses request's JSON, and refusing it as OpenAI does: naming the field in 'param'.
#pragma once

#include <rapidjson/document.h>

#include <string>
#include <string_view>

namespace sluice::dialects::responses {

/** The member name of object when present and not null, else nullptr. */
const rapidjson::Value* member(const rapidjson::Value& object, const char* name);

/** The member name of object, or a null value when object is not an object or has none. */
const rapidjson::Value& memberOrNull(const rapidjson::Value& object, const char* name);

/** "where.name", or name alone at the root (where ""): how an error names a field. */
std::string fieldName(const std::string& where, std::string_view name);

/** A string member; throws http::ApiError 400 when it is missing or not a string. */
std::string_view requiredString(const rapidjson::Value& object, const char* name, const std::string& where);

/** The text of a string value. */
std::string_view textOf(const rapidjson::Value& value);

/** Throws "Missing required parameter: 'param'." */
[[noreturn]] void missing(const std::string& param);

/** Throws "Invalid type for 'param': expected EXPECTED, but got a TYPE instead." */
[[noreturn]] void wrongType(const std::string& param, std::string_view expected, const rapidjson::Value& got);

/** Throws "Invalid value: 'VALUE'. Supported values are: SUPPORTED." */
[[noreturn]] void badValue(const std::string& param, std::string_view value, std::string_view supported);

/** Throws a 400 for what the Responses API has but the gateway cannot serve over any channel. */
[[noreturn]] void unsupported(const std::string& param, const std::string& message);

}  // namespace sluice::dialects::responses
