#include "TinyProvider.hpp"
SLUICE_PROVIDER_PLUGIN(TinyProvider, "test/good-provider", "1.0.0", nullptr)
