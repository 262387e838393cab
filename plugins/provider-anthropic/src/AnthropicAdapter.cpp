#include "AnthropicAdapter.h"

#include "AnthropicStreamPassThrough.h"
#include "AnthropicUsage.h"

#include <sluice/json.hpp>
#include <sluice/openai_compatible.hpp>
#include <sluice/upstream_headers.hpp>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace sluice::plugins {

namespace {

constexpr std::string_view kNativeFormat = "anthropic-messages";
constexpr const char* kDefaultVersion = "2023-06-01";

/** base_url + /v1/messages, whether or not the operator wrote the /v1. */
std::string messagesUrl(std::string_view baseUrl) {
    while (!baseUrl.empty() && baseUrl.back() == '/') baseUrl.remove_suffix(1);
    const bool hasVersion = baseUrl.size() >= 3 && baseUrl.substr(baseUrl.size() - 3) == "/v1";
    return std::string(baseUrl) + (hasVersion ? "/messages" : "/v1/messages");
}

/** The body as the caller wrote it, but for the channel's model (byte for byte when it is already that). */
std::string withUpstreamModel(const ProviderCall& call) {
    if (openai::rootModel(call.requestBody) == call.upstreamModel) return std::string(call.requestBody);
    rapidjson::Document doc;
    if (!json::parse(doc, call.requestBody).ok() || !doc.IsObject())
        throw PluginError(SLUICE_ERR_INVALID_INPUT, "request body is not a JSON object");
    auto& alloc = doc.GetAllocator();
    openai::detail::setOnly(doc, "model",
                            rapidjson::Value(call.upstreamModel.data(),
                                             static_cast<rapidjson::SizeType>(call.upstreamModel.size()), alloc),
                            alloc);
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    doc.Accept(writer);
    return {buffer.GetString(), buffer.GetSize()};
}

/** The message of an Anthropic error body ({"type":"error","error":{"type","message"}}), or "" when it is not one. */
std::string anthropicErrorMessage(std::string_view body) {
    rapidjson::Document doc;
    if (!json::parse(doc, body).ok() || !doc.IsObject()) return {};
    auto error = doc.FindMember("error");
    if (error == doc.MemberEnd() || !error->value.IsObject()) return {};
    auto message = error->value.FindMember("message");
    return message != error->value.MemberEnd() && message->value.IsString() ? message->value.GetString() : "";
}

}  // namespace

AnthropicAdapter::Options AnthropicAdapter::Options::parse(std::string_view json, const char* what) {
    Options options;
    if (json.empty() || json == "{}") return options;
    auto bad = [&](const std::string& problem) { return PluginError(SLUICE_ERR_INVALID_INPUT, std::string(what) + problem); };
    rapidjson::Document doc;
    if (!json::parse(doc, json).ok() || !doc.IsObject()) throw bad(" must be a JSON object");
    if (auto it = doc.FindMember("anthropic_version"); it != doc.MemberEnd()) {
        if (!it->value.IsString()) throw bad(".anthropic_version must be a string");
        options.anthropicVersion = it->value.GetString();
    }
    if (auto it = doc.FindMember("headers"); it != doc.MemberEnd())
        options.headers = readExtraHeaders(it->value, what, {"x-api-key", "authorization", "anthropic-version", "accept"});
    return options;
}

AnthropicAdapter::AnthropicAdapter(const Host&, std::string_view configJson) : defaults_(Options::parse(configJson, "config")) {}

UpstreamRequest AnthropicAdapter::buildRequest(const ProviderCall& call) {
    if (call.format != kNativeFormat)
        throw PluginError(SLUICE_ERR_UNSUPPORTED,
                          "provider-anthropic serves requests made in Anthropic's Messages format; this one is " +
                              std::string(call.format));
    if (call.baseUrl.empty()) throw PluginError(SLUICE_ERR_INVALID_INPUT, "channel has no base_url");
    Options channel = Options::parse(call.channelOptions, "channel options");
    UpstreamRequest request;
    request.url = messagesUrl(call.baseUrl);
    const std::string& version = !channel.anthropicVersion.empty()    ? channel.anthropicVersion
                                 : !defaults_.anthropicVersion.empty() ? defaults_.anthropicVersion
                                                                       : std::string(kDefaultVersion);
    request.headers = {{"x-api-key", std::string(call.apiKey)},
                       {"anthropic-version", version},
                       {"Content-Type", "application/json"},
                       {"Accept", call.stream ? "text/event-stream" : "application/json"}};
    for (const auto* extra : {&defaults_.headers, &channel.headers})
        request.headers.insert(request.headers.end(), extra->begin(), extra->end());
    request.body = withUpstreamModel(call);
    return request;
}

std::string AnthropicAdapter::translateResponse(const ProviderCall&, std::string_view body, Usage& usage) {
    rapidjson::Document doc;
    if (!json::parse(doc, body).ok() || !doc.IsObject())
        throw PluginError(SLUICE_ERR_INVALID_INPUT, "upstream body is not a JSON object");
    if (auto it = doc.FindMember("usage"); it != doc.MemberEnd()) usage = AnthropicUsage::from(it->value).toUsage();
    return std::string(body);
}

std::unique_ptr<StreamTranslator> AnthropicAdapter::newStream(const ProviderCall&) {
    return std::make_unique<AnthropicStreamPassThrough>();
}

ErrorInfo AnthropicAdapter::classifyError(int status, const HeaderViews& headers, std::string_view body) {
    ErrorInfo info;
    info.retryAfterMs = openai::retryAfterMs(headers);
    std::string message = anthropicErrorMessage(body);
    if (message.empty()) message = "upstream returned HTTP " + std::to_string(status);
    info.canonicalBody = openai::errorBody(status, message);
    openai::classifyStatus(status, false, info);  // 529 (overloaded) is a server error: worth another channel
    return info;
}

}  // namespace sluice::plugins

SLUICE_PROVIDER_PLUGIN(sluice::plugins::AnthropicAdapter, "sluice/provider-anthropic", "1.0.0",
                       R"({"type":"object","properties":{"anthropic_version":{"type":"string"},"headers":{"type":"object"}},"additionalProperties":false})")
