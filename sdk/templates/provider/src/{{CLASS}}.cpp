// {{ID}}: translates Sluice's canonical (OpenAI-shaped) chat requests for an
// OpenAI-compatible upstream. Responses, streams, usage and errors are handled
// by sluice::openai::CompatibleAdapter; override them for another wire format.
#include <sluice/openai_compatible.hpp>
#include <sluice/plugin.hpp>

namespace {

/** The adapter: builds the upstream request for one call. No I/O happens here. */
class {{CLASS}} : public sluice::openai::CompatibleAdapter {
public:
    {{CLASS}}(const sluice::Host&, std::string_view) {}

    sluice::UpstreamRequest buildRequest(const sluice::ProviderCall& call) override {
        if (call.baseUrl.empty()) throw sluice::PluginError(SLUICE_ERR_INVALID_INPUT, "channel has no base_url");
        sluice::UpstreamRequest request;
        std::string_view base = call.baseUrl;
        while (!base.empty() && base.back() == '/') base.remove_suffix(1);
        request.url = std::string(base) + "/chat/completions";
        request.headers.emplace_back("Authorization", "Bearer " + std::string(call.apiKey));
        request.headers.emplace_back("Content-Type", "application/json");
        request.body = sluice::openai::rewriteRequestBody(call);
        return request;
    }
};

}  // namespace

SLUICE_PROVIDER_PLUGIN({{CLASS}}, "{{ID}}", "0.1.0", R"({"type":"object","properties":{},"additionalProperties":false})")
