// Exports the entry point of a future ABI major only.
#include "TinyProvider.hpp"
extern "C" SLUICE_EXPORT const sluice_plugin_descriptor* sluice_plugin_entry_v2(const sluice_host_api*) { return nullptr; }
