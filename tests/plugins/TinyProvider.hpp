// A minimal, working provider used by the plugin-host tests; the broken plugins
// around it differ from a good plugin in exactly one way each.
#pragma once

#include <sluice/plugin.hpp>

class TinyProvider : public sluice::ProviderAdapter {
public:
    TinyProvider(const sluice::Host&, std::string_view) {}

    sluice::UpstreamRequest buildRequest(const sluice::ProviderCall& call) override {
        sluice::UpstreamRequest request;
        request.url = std::string(call.baseUrl) + "/chat/completions";
        request.body = std::string(call.requestBody);
        return request;
    }

    std::string translateResponse(const sluice::ProviderCall&, std::string_view body, sluice::Usage&) override {
        return std::string(body);
    }

    std::unique_ptr<sluice::StreamTranslator> newStream(const sluice::ProviderCall&) override {
        throw sluice::PluginError(SLUICE_ERR_UNSUPPORTED, "tiny provider does not stream");
    }

    sluice::ErrorInfo classifyError(int, const sluice::HeaderViews&, std::string_view) override { return {}; }
};

/** Defines the entry point with a hand-made descriptor and the given vtable, so a test can make either wrong. */
#define TINY_ENTRY_WITH_VTABLE(MAJOR, MINOR, KIND, ID, VERSION, VTABLE)                                          \
    extern "C" SLUICE_EXPORT const sluice_plugin_descriptor* sluice_plugin_entry_v1(const sluice_host_api*) { \
        static const sluice_plugin_descriptor d = {sizeof(sluice_plugin_descriptor), MAJOR, MINOR, KIND, ID,   \
                                                   VERSION, nullptr, VTABLE};                               \
        return &d;                                                                                          \
    }

/** Defines the entry point with a hand-made descriptor, so a test can make it wrong. */
#define TINY_ENTRY(MAJOR, MINOR, KIND, ID, VERSION) \
    TINY_ENTRY_WITH_VTABLE(MAJOR, MINOR, KIND, ID, VERSION, &sluice::detail::ProviderBinding<TinyProvider>::vtable)
