#include "TinyProvider.hpp"

#include <stdexcept>

extern "C" SLUICE_EXPORT const sluice_plugin_descriptor* sluice_plugin_entry_v1(const sluice_host_api*) {
    throw std::runtime_error("boom from entry");
}
