#include "TinyProvider.hpp"
TINY_ENTRY(2, 0, SLUICE_KIND_PROVIDER, "test/wrong-major", "1.0.0")
