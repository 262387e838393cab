#include "OpenAiAdapter.h"

namespace sluice::plugins {

namespace {

std::string readOrganization(std::string_view configJson) {
    rapidjson::Document config;
    config.Parse(configJson.data(), configJson.size());
    if (config.HasParseError() || !config.IsObject())
        throw PluginError(SLUICE_ERR_INVALID_INPUT, "config must be a JSON object");
    auto it = config.FindMember("organization");
    if (it == config.MemberEnd()) return {};
    if (!it->value.IsString()) throw PluginError(SLUICE_ERR_INVALID_INPUT, "config.organization must be a string");
    return it->value.GetString();
}

std::string chatCompletionsUrl(std::string_view baseUrl) {
    while (!baseUrl.empty() && baseUrl.back() == '/') baseUrl.remove_suffix(1);
    return std::string(baseUrl) + "/chat/completions";
}

}  // namespace

OpenAiAdapter::OpenAiAdapter(const Host&, std::string_view configJson)
    : organization_(configJson.empty() ? std::string() : readOrganization(configJson)) {}

UpstreamRequest OpenAiAdapter::buildRequest(const ProviderCall& call) {
    if (call.baseUrl.empty()) throw PluginError(SLUICE_ERR_INVALID_INPUT, "channel has no base_url");
    UpstreamRequest request;
    request.url = chatCompletionsUrl(call.baseUrl);
    request.headers.emplace_back("Authorization", "Bearer " + std::string(call.apiKey));
    request.headers.emplace_back("Content-Type", "application/json");
    request.headers.emplace_back("Accept", call.stream ? "text/event-stream" : "application/json");
    if (!organization_.empty()) request.headers.emplace_back("OpenAI-Organization", organization_);
    request.body = openai::rewriteRequestBody(call);
    return request;
}

}  // namespace sluice::plugins

SLUICE_PROVIDER_PLUGIN(sluice::plugins::OpenAiAdapter, "sluice/provider-openai", "1.0.0",
                       R"({"type":"object","properties":{"organization":{"type":"string"}},"additionalProperties":false})")
