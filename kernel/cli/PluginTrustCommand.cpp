#include "cli/PluginTrustCommand.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "packages/PublicKey.h"
#include "util/Files.h"

#include <stdexcept>

namespace sluice::cli {

namespace {

packages::PublicKey readPublicKey(const std::string& file) {
    try {
        return packages::PublicKey::fromPem(util::readFile(file));
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(file + ": " + e.what());
    }
}

}  // namespace

std::vector<FlagSpec> PluginTrustCommand::flags() const { return configFlags(); }

int PluginTrustCommand::run(const Arguments& args, std::ostream& out) {
    if (args.positional.size() != 1) throw std::invalid_argument("expects exactly one PUBFILE");
    auto key = readPublicKey(args.positional[0]);
    std::string directory = settingsFrom(args).effectiveTrustDir();
    out << "trusted key " << packages::TrustStore::add(directory, key) << " in " << directory << "\n";
    return 0;
}

}  // namespace sluice::cli
