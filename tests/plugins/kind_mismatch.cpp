#include "TinyProvider.hpp"
TINY_ENTRY(SLUICE_ABI_MAJOR, SLUICE_ABI_MINOR, SLUICE_KIND_PROVIDER, "test/kind-mismatch", "1.0.0")
