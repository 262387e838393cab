#include "MockProvider.h"

#include "MockAnswer.h"

#include <thread>

namespace sluice::plugins {

MockProvider::MockProvider(const Host&, std::string_view configJson) {
    if (configJson.empty()) return;
    rapidjson::Document config;
    config.Parse(configJson.data(), configJson.size());
    if (config.HasParseError() || !config.IsObject())
        throw PluginError(SLUICE_ERR_INVALID_INPUT, "config must be a JSON object");
    if (auto it = config.FindMember("chunk_delay_ms"); it != config.MemberEnd()) {
        if (!it->value.IsInt() || it->value.GetInt() < 0 || it->value.GetInt() > 10000)
            throw PluginError(SLUICE_ERR_INVALID_INPUT, "config.chunk_delay_ms must be an integer 0..10000");
        chunkDelay_ = std::chrono::milliseconds(it->value.GetInt());
    }
    if (auto it = config.FindMember("reply"); it != config.MemberEnd()) {
        if (!it->value.IsString()) throw PluginError(SLUICE_ERR_INVALID_INPUT, "config.reply must be a string");
        reply_ = it->value.GetString();
    }
}

UpstreamRequest MockProvider::buildRequest(const ProviderCall& call) {
    UpstreamRequest request;
    request.url = "local:mock";
    request.body = std::string(call.requestBody);
    return request;
}

int MockProvider::serveLocally(const ProviderCall& call, const Sink& out) {
    MockAnswer answer(call, reply_);
    if (!call.stream) {
        out.write(answer.completionBody());
        return 200;
    }
    out.write(answer.chunkEvent(nullptr, true, false));
    for (const auto& word : answer.words()) {
        std::this_thread::sleep_for(chunkDelay_);
        out.write(answer.chunkEvent(&word, false, false));
    }
    out.write(answer.chunkEvent(nullptr, false, true));
    out.write(answer.usageEvent());
    out.write("data: [DONE]\n\n");
    return 200;
}

}  // namespace sluice::plugins

SLUICE_PROVIDER_PLUGIN(sluice::plugins::MockProvider, "sluice/provider-mock", "1.0.0",
                       R"({"type":"object","properties":{"chunk_delay_ms":{"type":"integer"},"reply":{"type":"string"}}})")
