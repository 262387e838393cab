#include "TinyProvider.hpp"
TINY_ENTRY(SLUICE_ABI_MAJOR, SLUICE_ABI_MINOR + 1, SLUICE_KIND_PROVIDER, "test/newer-minor", "1.0.0")
