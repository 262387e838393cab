#include "MockProvider.h"

#include "MockAnswer.h"

#include <thread>

namespace sluice::plugins {

MockProvider::Settings MockProvider::Settings::overriddenBy(std::string_view json, const char* what) const {
    Settings out = *this;
    if (json.empty() || json == "{}") return out;
    rapidjson::Document doc;
    auto bad = [&](const std::string& problem) { return PluginError(SLUICE_ERR_INVALID_INPUT, std::string(what) + problem); };
    if (!json::parse(doc, json).ok() || !doc.IsObject()) throw bad(" must be a JSON object");
    if (auto it = doc.FindMember("chunk_delay_ms"); it != doc.MemberEnd()) {
        if (!it->value.IsInt() || it->value.GetInt() < 0 || it->value.GetInt() > 10000)
            throw bad(".chunk_delay_ms must be an integer 0..10000");
        out.chunkDelay = std::chrono::milliseconds(it->value.GetInt());
    }
    if (auto it = doc.FindMember("reply"); it != doc.MemberEnd()) {
        if (!it->value.IsString()) throw bad(".reply must be a string");
        out.reply = it->value.GetString();
    }
    return out;
}

MockProvider::MockProvider(const Host&, std::string_view configJson)
    : defaults_(Settings{}.overriddenBy(configJson, "config")) {}

UpstreamRequest MockProvider::buildRequest(const ProviderCall& call) {
    UpstreamRequest request;
    request.url = "local:mock";
    request.body = std::string(call.requestBody);
    return request;
}

int MockProvider::serveLocally(const ProviderCall& call, const Sink& out) {
    Settings settings = defaults_.overriddenBy(call.channelOptions, "channel options");
    MockAnswer answer(call, settings.reply);
    if (!call.stream) {
        out.write(answer.completionBody());
        return 200;
    }
    out.write(answer.chunkEvent(nullptr, true, false));
    for (const auto& word : answer.words()) {
        std::this_thread::sleep_for(settings.chunkDelay);
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
