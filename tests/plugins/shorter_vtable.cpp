// Compiled against the frozen ABI 1.1 headers: a provider whose vtable's struct_size ends
// before serve_locally, as a plugin's table ends before a field a later minor appended.
// The bytes past its struct_size hold a serve_locally the host must not see.
#include "TinyProvider.hpp"

#include <cstddef>

namespace {

sluice_status servesFromPastTheTable(void*, const sluice_provider_call*, int32_t* status, sluice_writer*,
                                     sluice_writer*) {
    *status = 299;
    return SLUICE_OK;
}

sluice_provider_vtable shorterVtable() {
    sluice_provider_vtable vtable = sluice::detail::ProviderBinding<TinyProvider>::vtable;
    vtable.struct_size = offsetof(sluice_provider_vtable, serve_locally);
    vtable.serve_locally = &servesFromPastTheTable;
    return vtable;
}

const sluice_provider_vtable kShorterVtable = shorterVtable();

}  // namespace

TINY_ENTRY_WITH_VTABLE(SLUICE_ABI_MAJOR, SLUICE_ABI_MINOR, SLUICE_KIND_PROVIDER, "test/shorter-vtable", "1.0.0",
                       &kShorterVtable)
