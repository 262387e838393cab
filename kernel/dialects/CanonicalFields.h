// Reading the canonical model's JSON: the helpers every dialect's renderers share.
#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <string_view>

namespace sluice::dialects {

/** A string member of object, or "" when object is not an object or the member is absent or not a string. */
std::string_view stringField(const rapidjson::Value& object, const char* name);

/** An integer member of object (a token count), or 0 when object is not an object or the member is absent or not an integer. */
int64_t integerField(const rapidjson::Value& object, const char* name);

/** The JSON of one canonical SSE event ("data: {...}\n\n"), or "" for [DONE], comments and other lines. */
std::string_view canonicalEventData(std::string_view event);

}  // namespace sluice::dialects
