#include "cli/VersionCommand.h"

#include <sluice/abi.h>

namespace sluice::cli {

int VersionCommand::run(const Arguments&, std::ostream& out) {
    out << "sluice " << SLUICE_VERSION << " (plugin ABI " << SLUICE_ABI_MAJOR << "." << SLUICE_ABI_MINOR << ", entry "
        << SLUICE_ENTRY_SYMBOL << ")\n";
    return 0;
}

}  // namespace sluice::cli
