// Dispatches `sluice <command> [flags]` to the registered commands.
#pragma once

#include "cli/Command.h"

#include <memory>

namespace sluice::cli {

/** The command registry and argument parser. */
class CommandLine {
public:
    /** Registers a command under its name. */
    void add(std::unique_ptr<Command> command);

    /** Runs argv; prints errors as one line on err and returns non-zero for them. */
    int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) const;

private:
    Command* match(const std::vector<std::string>& words, size_t& used) const;
    Arguments parse(const Command& command, const std::vector<std::string>& words) const;
    void printUsage(std::ostream& out) const;
    static void printHelp(const Command& command, std::ostream& out);

    std::vector<std::unique_ptr<Command>> commands_;
};

/** The flags every command that reads configuration accepts. */
std::vector<FlagSpec> configFlags();

}  // namespace sluice::cli
