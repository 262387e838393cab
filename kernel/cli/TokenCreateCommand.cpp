#include "cli/TokenCreateCommand.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "provisioning/Provisioner.h"

#include <sstream>
#include <stdexcept>

namespace sluice::cli {

namespace {

std::vector<std::string> commaList(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    if (out.empty()) throw std::invalid_argument("--models needs at least one model name");
    return out;
}

int64_t quotaValue(const std::string& text) {
    try {
        size_t used = 0;
        long long value = std::stoll(text, &used);
        if (used == text.size() && value >= 0) return value;
    } catch (const std::exception&) {
    }
    throw std::invalid_argument("--quota must be a non-negative integer, got '" + text + "'");
}

}  // namespace

std::vector<FlagSpec> TokenCreateCommand::flags() const {
    auto flags = configFlags();
    flags.push_back({"name", "NAME", "unique token name (required)"});
    flags.push_back({"models", "M1,M2", "models the token may use (default: all)"});
    flags.push_back({"quota", "Q", "quota in billing units (default: unlimited)"});
    flags.push_back({"group", "GROUP", "channel group (default: default)"});
    return flags;
}

int TokenCreateCommand::run(const Arguments& args, std::ostream& out) {
    if (args.get("name").empty()) throw std::invalid_argument("--name is required");
    catalog::Token token;
    token.name = args.get("name");
    token.models = args.has("models") ? commaList(args.get("models")) : std::vector<std::string>{"*"};
    if (args.has("quota")) token.quota = quotaValue(args.get("quota"));
    token.group = args.get("group", "default");
    auto database = openMigratedDatabase(settingsFrom(args));
    std::string key = provisioning::Provisioner(*database).createToken(token);
    out << "created token '" << token.name << "'. Its key is shown only this once:\n" << key << "\n";
    return 0;
}

}  // namespace sluice::cli
