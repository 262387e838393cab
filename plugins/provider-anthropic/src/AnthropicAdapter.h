// Provider adapter for Anthropic's Messages API: native requests pass through untranslated.
#pragma once

#include <sluice/plugin.hpp>
#include <sluice/provider.hpp>

#include <string>
#include <utility>
#include <vector>

namespace sluice::plugins {

/**
 * Serves requests that arrive in Anthropic's Messages format (format
 * "anthropic-messages", declared in the manifest): the body goes upstream as
 * the caller wrote it, but for the channel's model name, and the answer comes
 * back as Anthropic wrote it, usage read on the way. Requests in other formats
 * need a translation this adapter does not have yet; it refuses them, and the
 * kernel moves on to another channel.
 */
class AnthropicAdapter : public ProviderAdapter {
public:
    /** Settings from the plugin config and from each channel's options (the channel's win). */
    struct Options {
        std::string anthropicVersion;                              // anthropic-version header
        std::vector<std::pair<std::string, std::string>> headers;  // extra upstream headers (not auth)

        /** Parses {"anthropic_version": "...", "headers": {...}}; throws PluginError naming the bad field. */
        static Options parse(std::string_view json, const char* what);
    };

    AnthropicAdapter(const Host& host, std::string_view configJson);

    UpstreamRequest buildRequest(const ProviderCall& call) override;
    std::string translateResponse(const ProviderCall& call, std::string_view body, Usage& usage) override;
    std::unique_ptr<StreamTranslator> newStream(const ProviderCall& call) override;
    ErrorInfo classifyError(int status, const HeaderViews& headers, std::string_view body) override;

private:
    Options defaults_;
};

}  // namespace sluice::plugins
