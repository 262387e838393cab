// The plugin manifest parser: any file is read or refused with std::invalid_argument.
#include "FuzzSupport.h"
#include "plugins/PluginManifest.h"

#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sluice::fuzz;
    try {
        const auto manifest = sluice::plugins::PluginManifest::parse(std::string(textOf(data, size)));
        require(!manifest.id.empty() && !manifest.version.empty(), "an accepted manifest has an id and a version");
    } catch (const std::invalid_argument&) {
    }
    return 0;
}
