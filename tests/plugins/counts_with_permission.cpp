#include "CountingProvider.hpp"
SLUICE_PROVIDER_PLUGIN(CountingProvider, "test/counts-with-permission", "1.0.0", nullptr)
