// The test provider, compiled against the frozen ABI 1.1 headers (tests/sdk/abi-v1.1).
#include "TinyProvider.hpp"
SLUICE_PROVIDER_PLUGIN(TinyProvider, "test/built-against-v1-1", "1.0.0", nullptr)
