// The pieces of Anthropic's wire format that its bodies, streams and errors share.
#pragma once

#include "http/ApiError.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::dialects::anthropic {

/** Token counts in Anthropic's terms: input excludes what was read from the prompt cache. */
struct Usage {
    int64_t promptTokens = 0;  // OpenAI's prompt_tokens, cached ones included
    int64_t cachedTokens = 0;
    int64_t outputTokens = 0;
};

/** Reads an OpenAI usage object (absent fields stay 0). */
Usage usageFrom(const rapidjson::Value& openAiUsage);

/** Writes {"input_tokens","output_tokens","cache_read_input_tokens","cache_creation_input_tokens"}. */
void writeUsage(rapidjson::Writer<rapidjson::StringBuffer>& out, const Usage& usage);

/** Anthropic's stop_reason for an OpenAI finish_reason (stop -> end_turn, length -> max_tokens, ...). */
std::string_view stopReason(std::string_view finishReason);

/** Anthropic's message id for an OpenAI completion id: "msg_" and its letters and digits. */
std::string messageId(std::string_view completionId);

/** {"type":"error","error":{"type":...,"message":...}} for error, its type chosen by status as Anthropic does. */
std::string errorJson(const http::ApiError& error);

}  // namespace sluice::dialects::anthropic
