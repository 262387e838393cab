#include "cli/PluginSignCommand.h"

#include "packages/PluginPackage.h"
#include "packages/SigningKey.h"
#include "util/Files.h"

#include <stdexcept>

namespace sluice::cli {

namespace {

packages::SigningKey readSigningKey(const std::string& file) {
    try {
        return packages::SigningKey::fromPem(util::readFile(file));
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(file + ": " + e.what());
    }
}

}  // namespace

std::vector<FlagSpec> PluginSignCommand::flags() const {
    return {{"key", "FILE", "the publisher's private key (PREFIX.key from plugin keygen)"},
            {"out", "FILE", "where to write the signed package; default: replace PACKAGE"}};
}

int PluginSignCommand::run(const Arguments& args, std::ostream& out) {
    if (args.positional.size() != 1) throw std::invalid_argument("expects exactly one PACKAGE");
    if (args.get("key").empty()) throw std::invalid_argument("--key FILE is required");
    const std::string& input = args.positional[0];
    auto package = packages::PluginPackage::fromFile(input);
    auto key = readSigningKey(args.get("key"));
    package.sign(key);
    std::string output = args.get("out", input);
    util::replaceFile(output, package.bytes());
    out << "signed " << output << " with key " << key.publicKey().keyId() << "\n";
    return 0;
}

}  // namespace sluice::cli
