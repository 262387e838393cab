#include "cli/PluginPackCommand.h"

#include "packages/PluginPackage.h"
#include "util/Files.h"

#include <stdexcept>

namespace sluice::cli {

std::vector<FlagSpec> PluginPackCommand::flags() const { return {{"out", "FILE", "the package file to write (.sluicepkg)"}}; }

int PluginPackCommand::run(const Arguments& args, std::ostream& out) {
    if (args.positional.size() != 1) throw std::invalid_argument("expects exactly one DIR");
    std::string file = args.get("out");
    if (file.empty()) throw std::invalid_argument("--out FILE is required");
    auto package = packages::PluginPackage::pack(args.positional[0]);
    util::replaceFile(file, package.bytes());
    out << "packed " << package.manifest().id << " " << package.manifest().version << " into " << file << " (unsigned)\n";
    return 0;
}

}  // namespace sluice::cli
