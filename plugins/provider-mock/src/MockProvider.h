// An offline provider: answers every chat deterministically, streaming word by word.
#pragma once

#include <sluice/openai_compatible.hpp>
#include <sluice/plugin.hpp>

#include <chrono>

namespace sluice::plugins {

/** Produces OpenAI-format answers locally so Sluice works with no key and no network. */
class MockProvider : public openai::CompatibleAdapter, public LocalProvider {
public:
    /** config: {"chunk_delay_ms": 40, "reply": "..."} (both optional); a channel's options override them. */
    MockProvider(const Host& host, std::string_view configJson);

    UpstreamRequest buildRequest(const ProviderCall& call) override;
    int serveLocally(const ProviderCall& call, const Sink& out) override;

    /** How the mock answers; read from the plugin config, then from a channel's options. */
    struct Settings {
        std::chrono::milliseconds chunkDelay{40};
        std::string reply = "Hello from Sluice's offline mock provider. You said:";

        /** These settings overridden by the fields of a JSON object; throws PluginError on bad values. */
        Settings overriddenBy(std::string_view json, const char* what) const;
    };

private:
    Settings defaults_;
};

}  // namespace sluice::plugins
