// A provider that crashes its process (std::abort) when a request body contains "crash":
// the out-of-process runner tests use it to show only that call fails.
#include "TinyProvider.hpp"

#include <cstdlib>
#include <string_view>

class CrashingProvider : public TinyProvider {
public:
    using TinyProvider::TinyProvider;

    sluice::UpstreamRequest buildRequest(const sluice::ProviderCall& call) override {
        if (call.requestBody.find("crash") != std::string_view::npos) std::abort();
        return TinyProvider::buildRequest(call);
    }
};

SLUICE_PROVIDER_PLUGIN(CrashingProvider, "test/crashes-on-request", "1.0.0", nullptr)
