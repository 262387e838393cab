#include "cli/PluginVerifyCommand.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"

#include <stdexcept>

namespace sluice::cli {

std::vector<FlagSpec> PluginVerifyCommand::flags() const { return configFlags(); }

int PluginVerifyCommand::run(const Arguments& args, std::ostream& out) {
    if (args.positional.size() != 1) throw std::invalid_argument("expects exactly one PACKAGE");
    const std::string& file = args.positional[0];
    auto settings = settingsFrom(args);
    auto package = packages::PluginPackage::fromFile(file);
    auto trust = trustStoreFrom(settings);
    packages::PackageVerdict verdict;
    try {
        verdict = package.verify(trust, verifyPolicyFrom(settings));
    } catch (const std::invalid_argument& e) {
        throw refusal(file, e);
    }
    out << package.manifest().id << " " << package.manifest().version << ": "
        << verdict.origin() << "\n";
    return 0;
}

}  // namespace sluice::cli
