// An out-of-tree vendor plugin: an OpenAI-compatible upstream that wants its own header.
#include <sluice/openai_compatible.hpp>
#include <sluice/plugin.hpp>

namespace acme {

/** Acme speaks OpenAI's wire format at /v2/chat and authenticates with X-Acme-Key. */
class AcmeAdapter : public sluice::openai::CompatibleAdapter {
public:
    AcmeAdapter(const sluice::Host& host, std::string_view) { host.log(SLUICE_LOG_INFO, "acme adapter ready"); }

    sluice::UpstreamRequest buildRequest(const sluice::ProviderCall& call) override {
        sluice::UpstreamRequest request;
        request.url = std::string(call.baseUrl) + "/v2/chat";
        request.headers.emplace_back("X-Acme-Key", std::string(call.apiKey));
        request.headers.emplace_back("Content-Type", "application/json");
        request.body = sluice::openai::rewriteRequestBody(call);
        return request;
    }
};

}  // namespace acme

SLUICE_PROVIDER_PLUGIN(acme::AcmeAdapter, "acme/provider-acme", "0.3.1", R"({"type":"object"})")
