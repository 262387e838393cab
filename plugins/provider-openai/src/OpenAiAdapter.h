// Provider adapter for OpenAI and OpenAI-compatible chat completion APIs.
#pragma once

#include <sluice/plugin.hpp>

namespace sluice::plugins {

/** Translates canonical chat requests to an OpenAI-compatible upstream and back. */
class OpenAiAdapter : public ProviderAdapter {
public:
    /** config: {"organization": "..."} (optional). */
    OpenAiAdapter(const Host& host, std::string_view configJson);

    UpstreamRequest buildRequest(const ProviderCall& call) override;
    std::string translateResponse(const ProviderCall& call, std::string_view body, Usage& usage) override;
    std::unique_ptr<StreamTranslator> newStream(const ProviderCall& call) override;
    ErrorInfo classifyError(int status, const HeaderViews& headers, std::string_view body) override;

private:
    std::string organization_;
};

}  // namespace sluice::plugins
