#include "TinyProvider.hpp"

class FailingProvider : public TinyProvider {
public:
    FailingProvider(const sluice::Host& host, std::string_view config) : TinyProvider(host, config) {
        throw sluice::PluginError(SLUICE_ERR_INVALID_INPUT, "api_base is required");
    }
};

SLUICE_PROVIDER_PLUGIN(FailingProvider, "test/create-fails", "1.0.0", nullptr)
