// The test provider, compiled against the frozen ABI 1.0 headers (tests/sdk/abi-v1.0).
#include "TinyProvider.hpp"
SLUICE_PROVIDER_PLUGIN(TinyProvider, "test/built-against-v1-0", "1.0.0", nullptr)
