// Provider adapter for OpenAI and OpenAI-compatible chat completion APIs.
#pragma once

#include <sluice/openai_compatible.hpp>
#include <sluice/plugin.hpp>

namespace sluice::plugins {

/** Translates canonical chat requests to an OpenAI-compatible upstream and back. */
class OpenAiAdapter : public openai::CompatibleAdapter {
public:
    /** config: {"organization": "..."} (optional). */
    OpenAiAdapter(const Host& host, std::string_view configJson);

    UpstreamRequest buildRequest(const ProviderCall& call) override;

private:
    std::string organization_;
};

}  // namespace sluice::plugins
