// An offline provider: answers every chat deterministically, streaming word by word.
#pragma once

#include <sluice/openai_compatible.hpp>
#include <sluice/plugin.hpp>

#include <chrono>

namespace sluice::plugins {

/** Produces OpenAI-format answers locally so Sluice works with no key and no network. */
class MockProvider : public openai::CompatibleAdapter, public LocalProvider {
public:
    /** config: {"chunk_delay_ms": 40, "reply": "..."} (both optional). */
    MockProvider(const Host& host, std::string_view configJson);

    UpstreamRequest buildRequest(const ProviderCall& call) override;
    int serveLocally(const ProviderCall& call, const Sink& out) override;

private:
    std::chrono::milliseconds chunkDelay_{40};
    std::string reply_ = "Hello from Sluice's offline mock provider. You said:";
};

}  // namespace sluice::plugins
