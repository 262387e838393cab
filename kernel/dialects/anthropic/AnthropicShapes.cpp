#include "dialects/anthropic/AnthropicShapes.h"

#include "dialects/CanonicalFields.h"
#include "util/JsonText.h"

#include <cctype>

namespace sluice::dialects::anthropic {

namespace {

std::string_view errorType(int status) {
    switch (status) {
        case 400: return "invalid_request_error";
        case 401: return "authentication_error";
        case 402: return "billing_error";
        case 403: return "permission_error";
        case 404: return "not_found_error";
        case 413: return "request_too_large";
        case 429: return "rate_limit_error";
        case 503: return "overloaded_error";
        case 504: return "timeout_error";
        default: return status < 500 ? "invalid_request_error" : "api_error";
    }
}

}  // namespace

Usage usageFrom(const rapidjson::Value& openAiUsage) {
    Usage usage;
    usage.promptTokens = integerField(openAiUsage, "prompt_tokens");
    usage.outputTokens = integerField(openAiUsage, "completion_tokens");
    if (openAiUsage.IsObject())
        if (auto details = openAiUsage.FindMember("prompt_tokens_details"); details != openAiUsage.MemberEnd())
            usage.cachedTokens = integerField(details->value, "cached_tokens");
    return usage;
}

void writeUsage(rapidjson::Writer<rapidjson::StringBuffer>& out, const Usage& usage) {
    out.StartObject();
    out.Key("input_tokens");
    out.Int64(std::max<int64_t>(0, usage.promptTokens - usage.cachedTokens));
    out.Key("output_tokens");
    out.Int64(usage.outputTokens);
    out.Key("cache_read_input_tokens");
    out.Int64(usage.cachedTokens);
    out.Key("cache_creation_input_tokens");
    out.Int64(0);
    out.EndObject();
}

std::string_view stopReason(std::string_view finishReason) {
    if (finishReason == "length") return "max_tokens";
    if (finishReason == "tool_calls" || finishReason == "function_call") return "tool_use";
    if (finishReason == "content_filter") return "refusal";
    return "end_turn";
}

std::string messageId(std::string_view completionId) {
    std::string id = "msg_";
    for (char c : completionId)
        if (std::isalnum(static_cast<unsigned char>(c))) id += c;
    return id;
}

std::string errorJson(const http::ApiError& error) {
    return R"({"type":"error","error":{"type":)" + util::jsonQuote(errorType(error.status())) +
           R"(,"message":)" + util::jsonQuote(error.callerMessage()) + "}}";
}

}  // namespace sluice::dialects::anthropic
