// Small JSON encodings of string lists and maps, as stored in database columns.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::util {

/** Encodes ["a","b"]. */
std::string toJsonArray(const std::vector<std::string>& values);

/** Encodes {"k":"v"}. */
std::string toJsonObject(const std::map<std::string, std::string>& values);

/** Decodes a JSON array of strings; throws std::invalid_argument otherwise. */
std::vector<std::string> parseStringArray(std::string_view json);

/** Decodes a JSON object of string values; throws std::invalid_argument otherwise. */
std::map<std::string, std::string> parseStringMap(std::string_view json);

/** Escapes text as a JSON string literal, quotes included. */
std::string jsonQuote(std::string_view text);

}  // namespace sluice::util
