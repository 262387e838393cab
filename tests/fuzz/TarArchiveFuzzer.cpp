// The plugin package's tar reader: any archive is read or refused with std::invalid_argument, and what
// it reads survives writing (when ustar can hold its paths) and reading again.
#include "FuzzSupport.h"
#include "packages/TarArchive.h"

#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sluice::fuzz;
    using sluice::packages::TarArchive;
    TarArchive archive;
    try {
        archive = TarArchive::read(textOf(data, size));
    } catch (const std::invalid_argument&) {
        return 0;
    }
    for (const auto& [path, content] : archive.files()) {
        const std::string framed = "/" + path + "/";
        require(!path.empty() && path.front() != '/' && framed.find("/../") == std::string::npos, "no path escapes");
    }
    std::string written;
    try {
        written = archive.write();
    } catch (const std::invalid_argument&) {
        return 0;  // a path longer than a ustar header holds, which only pax or GNU headers can carry
    }
    require(TarArchive::read(written).files() == archive.files(), "what was read is written and read back");
    return 0;
}
