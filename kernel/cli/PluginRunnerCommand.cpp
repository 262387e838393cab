#include "cli/PluginRunnerCommand.h"

#include "isolation/FrameChannel.h"
#include "isolation/RunnerServer.h"
#include "metrics/MetricsRegistry.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

namespace sluice::cli {

namespace {

/** Moves the protocol's stdout to a private descriptor and points stdout at stderr; returns the private one. */
int takeProtocolStdout() {
    int protocol = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
    if (protocol < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
        throw std::runtime_error(std::string("cannot set up the runner's stdout: ") + std::strerror(errno));
    return protocol;
}

}  // namespace

std::vector<FlagSpec> PluginRunnerCommand::flags() const {
    return {{"folder", "FOLDER", "the plugin folder (manifest.json and its library)"}};
}

int PluginRunnerCommand::run(const Arguments& args, std::ostream&) {
    std::string folder = args.get("folder");
    if (folder.empty()) throw std::invalid_argument("--folder is required");
    const isolation::FrameChannel channel(STDIN_FILENO, takeProtocolStdout());
    metrics::MetricsRegistry metrics;
    return isolation::RunnerServer(folder, metrics, channel).serve();
}

}  // namespace sluice::cli
