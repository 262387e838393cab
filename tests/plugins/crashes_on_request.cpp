// A provider that crashes its process (std::abort) when a request body contains "crash",
// and never returns when it contains "hang": the out-of-process runner tests use it to
// show that only that call fails.
#include "TinyProvider.hpp"

#include <cstdlib>
#include <string_view>
#include <thread>

class CrashingProvider : public TinyProvider {
public:
    using TinyProvider::TinyProvider;

    sluice::UpstreamRequest buildRequest(const sluice::ProviderCall& call) override {
        if (call.requestBody.find("crash") != std::string_view::npos) std::abort();
        while (call.requestBody.find("hang") != std::string_view::npos)
            std::this_thread::sleep_for(std::chrono::hours(1));
        sluice::UpstreamRequest request = TinyProvider::buildRequest(call);
        request.headers.emplace_back("Authorization", "Bearer " + std::string(call.apiKey));
        request.headers.emplace_back("Content-Type", "application/json");
        return request;
    }
};

SLUICE_PROVIDER_PLUGIN(CrashingProvider, "test/crashes-on-request", "1.0.0", nullptr)
