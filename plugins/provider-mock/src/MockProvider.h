// An offline provider: answers every chat deterministically, streaming word by word.
#pragma once

#include <sluice/plugin.hpp>

#include <chrono>

namespace sluice::plugins {

/** Produces OpenAI-format answers locally so Sluice works with no key and no network. */
class MockProvider : public LocalProvider {
public:
    /** config: {"chunk_delay_ms": 40, "reply": "..."} (both optional). */
    MockProvider(const Host& host, std::string_view configJson);

    UpstreamRequest buildRequest(const ProviderCall& call) override;
    std::string translateResponse(const ProviderCall& call, std::string_view body, Usage& usage) override;
    std::unique_ptr<StreamTranslator> newStream(const ProviderCall& call) override;
    ErrorInfo classifyError(int status, const HeaderViews& headers, std::string_view body) override;
    int serveLocally(const ProviderCall& call, const Sink& out) override;

private:
    std::chrono::milliseconds chunkDelay_{40};
    std::string reply_ = "Hello from Sluice's offline mock provider. You said:";
};

}  // namespace sluice::plugins
