// Writing the canonical model's JSON: the pieces every dialect's request conversion shares.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string_view>

namespace sluice::dialects {

/** How dialects write canonical JSON. */
using CanonicalWriter = rapidjson::Writer<rapidjson::StringBuffer>;

/** Writes a string value. */
void writeString(CanonicalWriter& out, std::string_view value);

/**
 * Opens {"type":"function","function":{"name":name, a tool or a tool_choice;
 * the caller writes the function's other members, then closeFunction.
 */
void openFunction(CanonicalWriter& out, std::string_view name);

/** Closes what openFunction opened. */
void closeFunction(CanonicalWriter& out);

/** Writes one of an assistant message's tool_calls: {"type":"function","function":{"name","arguments"},"id"}. */
void writeToolCall(CanonicalWriter& out, std::string_view id, std::string_view name, std::string_view arguments);

/** Writes a text content part: {"type":"text","text":...}. */
void writeTextPart(CanonicalWriter& out, std::string_view text);

/** Writes an image content part: {"type":"image_url","image_url":{"url",...}}, with "detail" unless it is "". */
void writeImagePart(CanonicalWriter& out, std::string_view url, std::string_view detail = {});

/** Writes a message whose content is text: {"role":...,"content":...}. */
void writeTextMessage(CanonicalWriter& out, std::string_view role, std::string_view content);

/** Writes "stream":true,"stream_options":{"include_usage":true}: a stream whose last chunk carries the usage. */
void writeStreamWithUsage(CanonicalWriter& out);

}  // namespace sluice::dialects
