// A working provider whose library exports a second symbol beside the entry point, as one
// built without a version script does. The host must refuse it before any of its code runs;
// its constructor leaves SLUICE_TEST_EXTRA_EXPORT_RAN in the environment if it ever does.
#include "TinyProvider.hpp"

#include <cstdlib>

extern "C" SLUICE_EXPORT int acme_helper_version() { return 1; }

namespace {

struct RecordsThatItRan {
    RecordsThatItRan() { setenv("SLUICE_TEST_EXTRA_EXPORT_RAN", "1", 1); }
} recordsThatItRan;

}  // namespace

TINY_ENTRY(SLUICE_ABI_MAJOR, SLUICE_ABI_MINOR, SLUICE_KIND_PROVIDER, "test/exports-extra-symbol", "1.0.0")
