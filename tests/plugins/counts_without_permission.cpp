#include "CountingProvider.hpp"
SLUICE_PROVIDER_PLUGIN(CountingProvider, "test/counts-without-permission", "1.0.0", nullptr)
