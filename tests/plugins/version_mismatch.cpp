#include "TinyProvider.hpp"
TINY_ENTRY(SLUICE_ABI_MAJOR, SLUICE_ABI_MINOR, SLUICE_KIND_PROVIDER, "test/version-mismatch", "2.0.0")
