#include "cli/CommandLine.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

namespace sluice::cli {

namespace {

std::vector<std::string> splitWords(const std::string& name) {
    std::istringstream in(name);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

}  // namespace

std::vector<FlagSpec> configFlags() {
    return {{"config", "FILE", "configuration file (JSON); default config/sluice.json if present"},
            {"data-dir", "DIR", "data directory (SLUICE_DATA_DIR)"},
            {"db-url", "URL", "database URL (SLUICE_DB_URL)"},
            {"plugins-dir", "DIR", "plugins directory (SLUICE_PLUGINS_DIR)"}};
}

void CommandLine::add(std::unique_ptr<Command> command) { commands_.push_back(std::move(command)); }

Command* CommandLine::match(const std::vector<std::string>& words, size_t& used) const {
    Command* best = nullptr;
    for (const auto& command : commands_) {
        auto name = splitWords(command->name());
        if (name.size() <= words.size() && std::equal(name.begin(), name.end(), words.begin()) &&
            (!best || name.size() > used)) {
            best = command.get();
            used = name.size();
        }
    }
    return best;
}

Arguments CommandLine::parse(const Command& command, const std::vector<std::string>& words) const {
    Arguments args;
    auto specs = command.flags();
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.rfind("--", 0) != 0) {
            args.positional.push_back(word);
            continue;
        }
        std::string name = word.substr(2), value;
        bool inlineValue = false;
        if (size_t eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            inlineValue = true;
        }
        auto spec = std::find_if(specs.begin(), specs.end(), [&](const FlagSpec& s) { return s.name == name; });
        if (name == "help") {
            args.flags["help"] = "";
            continue;
        }
        if (spec == specs.end()) throw std::invalid_argument("unknown flag --" + name + " for '" + command.name() + "'");
        if (!spec->valueName.empty() && !inlineValue) {
            if (i + 1 >= words.size() || words[i + 1].rfind("--", 0) == 0)
                throw std::invalid_argument("--" + name + " needs a value (" + spec->valueName + ")");
            value = words[++i];
        }
        if (spec->valueName.empty() && inlineValue) throw std::invalid_argument("--" + name + " takes no value");
        args.flags[name] = value;
    }
    return args;
}

void CommandLine::printUsage(std::ostream& out) const {
    out << "Usage: sluice <command> [flags]   (sluice <command> --help for its flags)\n\nCommands:\n";
    for (const auto& command : commands_) {
        std::string name = command->name();
        out << "  " << name << std::string(name.size() < 16 ? 16 - name.size() : 1, ' ') << command->summary() << "\n";
    }
}

void CommandLine::printHelp(const Command& command, std::ostream& out) {
    out << "Usage: sluice " << command.name();
    if (!command.positionalUsage().empty()) out << " " << command.positionalUsage();
    out << " [flags]\n" << command.summary() << "\n\nFlags:\n";
    auto flags = command.flags();
    flags.push_back({"help", "", "show this help"});
    for (const auto& f : flags) {
        std::string left = "--" + f.name + (f.valueName.empty() ? "" : " " + f.valueName);
        out << "  " << left << std::string(left.size() < 24 ? 24 - left.size() : 1, ' ') << f.help << "\n";
    }
}

int CommandLine::run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) const {
    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty() || words[0] == "--help" || words[0] == "help" || words[0] == "-h") {
        printUsage(words.empty() ? err : out);
        return words.empty() ? 2 : 0;
    }
    size_t used = 0;
    Command* command = match(words, used);
    if (!command) {
        err << "sluice: unknown command '" << words[0] << "' (see sluice --help)\n";
        return 2;
    }
    try {
        Arguments args = parse(*command, {words.begin() + static_cast<std::ptrdiff_t>(used), words.end()});
        if (args.has("help")) {
            printHelp(*command, out);
            return 0;
        }
        return command->run(args, out);
    } catch (const std::invalid_argument& e) {
        err << "sluice " << command->name() << ": " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        err << "sluice " << command->name() << ": " << e.what() << "\n";
        return 1;
    }
}

}  // namespace sluice::cli
