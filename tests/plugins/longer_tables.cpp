// A provider whose descriptor and vtable carry fields appended after this host's minor, as
// those of a plugin built with a newer SDK that targets this minor would: the host reads
// what it knows and ignores the rest.
#include "TinyProvider.hpp"

#include <cstdlib>

namespace {

/** Fields a later minor might append; the host must neither read nor call them. */
struct Appended {
    const char* note;
    void (*operation)(void*);
};

struct LongerVtable {
    sluice_provider_vtable known;
    Appended appended;
};

struct LongerDescriptor {
    sluice_plugin_descriptor known;
    Appended appended;
};

void mustNotBeCalled(void*) { std::abort(); }

constexpr Appended kAppended = {"appended after this host's minor", &mustNotBeCalled};

LongerVtable longerVtable() {
    LongerVtable vtable = {sluice::detail::ProviderBinding<TinyProvider>::vtable, kAppended};
    vtable.known.struct_size = sizeof(LongerVtable);
    return vtable;
}

const LongerVtable kVtable = longerVtable();

}  // namespace

extern "C" SLUICE_EXPORT const sluice_plugin_descriptor* sluice_plugin_entry_v1(const sluice_host_api*) {
    static const LongerDescriptor descriptor = {
        {sizeof(LongerDescriptor), SLUICE_ABI_MAJOR, SLUICE_ABI_MINOR, SLUICE_KIND_PROVIDER, "test/longer-tables",
         "1.0.0", nullptr, &kVtable.known},
        kAppended};
    return &descriptor.known;
}
