// Provider adapter for OpenAI and OpenAI-compatible chat completion APIs.
#pragma once

#include <sluice/openai_compatible.hpp>
#include <sluice/plugin.hpp>

namespace sluice::plugins {

/** Translates canonical chat requests to an OpenAI-compatible upstream and back. */
class OpenAiAdapter : public openai::CompatibleAdapter {
public:
    /** Settings from the plugin config and from each channel's options (the channel's win). */
    struct Options {
        std::string organization;                                  // OpenAI-Organization header
        std::vector<std::pair<std::string, std::string>> headers;  // extra upstream headers (not auth)

        /** Parses {"organization": "...", "headers": {...}}; throws PluginError naming the bad field. */
        static Options parse(std::string_view json, const char* what);
    };

    OpenAiAdapter(const Host& host, std::string_view configJson);

    UpstreamRequest buildRequest(const ProviderCall& call) override;

private:
    Options defaults_;
};

}  // namespace sluice::plugins
