#include "cli/PluginKeygenCommand.h"

#include "packages/SigningKey.h"
#include "util/Files.h"

#include <filesystem>
#include <stdexcept>

namespace sluice::cli {

std::vector<FlagSpec> PluginKeygenCommand::flags() const { return {{"out", "PREFIX", "write PREFIX.key and PREFIX.pub"}}; }

int PluginKeygenCommand::run(const Arguments& args, std::ostream& out) {
    if (!args.positional.empty()) throw std::invalid_argument("takes no positional arguments");
    std::string prefix = args.get("out");
    if (prefix.empty()) throw std::invalid_argument("--out PREFIX is required");
    for (const std::string& file : {prefix + ".key", prefix + ".pub"})
        if (std::filesystem::exists(file)) throw std::invalid_argument(file + " already exists; refusing to overwrite it");
    auto key = packages::SigningKey::generate();
    util::writeNewFile(prefix + ".key", key.privatePem(), 0600);
    util::writeNewFile(prefix + ".pub", key.publicKey().pem(), 0644);
    out << "key id " << key.publicKey().keyId() << "\n"
        << "private key " << prefix << ".key (keep it secret), public key " << prefix << ".pub\n";
    return 0;
}

}  // namespace sluice::cli
