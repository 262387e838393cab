// One `sluice` sub-command: its flags, its help and its work.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace sluice::cli {

/** A flag a command accepts. */
struct FlagSpec {
    std::string name;  // without the leading "--"
    std::string valueName;  // empty for a switch
    std::string help;
};

/** Parsed flags and positional arguments of one invocation. */
struct Arguments {
    std::map<std::string, std::string> flags;
    std::vector<std::string> positional;

    /** The flag's value, or fallback when absent. */
    std::string get(const std::string& name, const std::string& fallback = {}) const {
        auto it = flags.find(name);
        return it == flags.end() ? fallback : it->second;
    }

    bool has(const std::string& name) const { return flags.count(name) != 0; }
};

/** The interface every sub-command implements; registered by name in main. */
class Command {
public:
    virtual ~Command() = default;

    /** The words that select it, e.g. "plugin list". */
    virtual std::string name() const = 0;

    /** One line for the command list. */
    virtual std::string summary() const = 0;

    /** Positional arguments, for the usage line (e.g. "FILE"); empty when none. */
    virtual std::string positionalUsage() const { return {}; }

    /** The flags it accepts besides --help. */
    virtual std::vector<FlagSpec> flags() const = 0;

    /** Does the work; returns the process exit code. Throws std::exception with a one-line message on failure. */
    virtual int run(const Arguments& args, std::ostream& out) = 0;
};

}  // namespace sluice::cli
