#include "OpenAiAdapter.h"

#include <sluice/upstream_headers.hpp>

namespace sluice::plugins {

OpenAiAdapter::Options OpenAiAdapter::Options::parse(std::string_view json, const char* what) {
    Options options;
    if (json.empty() || json == "{}") return options;
    auto bad = [&](const std::string& problem) { return PluginError(SLUICE_ERR_INVALID_INPUT, std::string(what) + problem); };
    rapidjson::Document doc;
    if (!json::parse(doc, json).ok() || !doc.IsObject()) throw bad(" must be a JSON object");
    if (auto it = doc.FindMember("organization"); it != doc.MemberEnd()) {
        if (!it->value.IsString()) throw bad(".organization must be a string");
        options.organization = it->value.GetString();
    }
    if (auto it = doc.FindMember("headers"); it != doc.MemberEnd())
        options.headers = readExtraHeaders(it->value, what, {"authorization", "accept"});
    return options;
}

namespace {

std::string chatCompletionsUrl(std::string_view baseUrl) {
    while (!baseUrl.empty() && baseUrl.back() == '/') baseUrl.remove_suffix(1);
    return std::string(baseUrl) + "/chat/completions";
}

}  // namespace

OpenAiAdapter::OpenAiAdapter(const Host&, std::string_view configJson)
    : defaults_(Options::parse(configJson, "config")) {}

UpstreamRequest OpenAiAdapter::buildRequest(const ProviderCall& call) {
    if (call.baseUrl.empty()) throw PluginError(SLUICE_ERR_INVALID_INPUT, "channel has no base_url");
    Options channel = Options::parse(call.channelOptions, "channel options");
    UpstreamRequest request;
    request.url = chatCompletionsUrl(call.baseUrl);
    request.headers.reserve(4 + defaults_.headers.size() + channel.headers.size());
    request.headers.emplace_back("Authorization", "Bearer " + std::string(call.apiKey));
    request.headers.emplace_back("Content-Type", "application/json");
    request.headers.emplace_back("Accept", call.stream ? "text/event-stream" : "application/json");
    const std::string& organization = channel.organization.empty() ? defaults_.organization : channel.organization;
    if (!organization.empty()) request.headers.emplace_back("OpenAI-Organization", organization);
    for (const auto* extra : {&defaults_.headers, &channel.headers})
        request.headers.insert(request.headers.end(), extra->begin(), extra->end());
    request.body = openai::rewriteRequestBody(call);
    return request;
}

}  // namespace sluice::plugins

SLUICE_PROVIDER_PLUGIN(sluice::plugins::OpenAiAdapter, "sluice/provider-openai", "1.0.0",
                       R"({"type":"object","properties":{"organization":{"type":"string"},"headers":{"type":"object"}},"additionalProperties":false})")
