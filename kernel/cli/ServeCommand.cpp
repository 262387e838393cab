#include "cli/ServeCommand.h"

#include "app/Gateway.h"
#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "isolation/ChildReaper.h"

#include <Poco/Logger.h>

#include <chrono>
#include <algorithm>
#include <csignal>
#include <sys/resource.h>

namespace sluice::cli {

std::vector<FlagSpec> ServeCommand::flags() const {
    auto flags = configFlags();
    flags.push_back({"listen", "HOST:PORT", "address to listen on (SLUICE_LISTEN); port 0 picks a free port"});
    return flags;
}

namespace {

/**
 * Every open stream holds two descriptors (client and upstream): lift the
 * soft limit to the hard one, and the hard one as far as the system lets us
 * (a root service may raise it), so tens of thousands of streams fit.
 */
void raiseDescriptorLimit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return;
    constexpr rlim_t kWanted = 1 << 20;
    rlimit raised{std::max(limit.rlim_cur, kWanted), std::max(limit.rlim_max, kWanted)};
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) return;
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
}

}  // namespace

int ServeCommand::run(const Arguments& args, std::ostream& out) {
    auto started = std::chrono::steady_clock::now();
    config::Settings settings = settingsFrom(args);
    configureLogging(settings.logLevel);
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts, so only sigwait sees them
    std::signal(SIGPIPE, SIG_IGN);
    raiseDescriptorLimit();
    {
        app::Gateway gateway(settings);
        gateway.start();
        auto readyMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
        out << "sluice listening on http://" << settings.listenHost << ":" << gateway.port() << " (ready in "
            << readyMs << " ms)" << std::endl;
        int signal = 0;
        sigwait(&signals, &signal);
        Poco::Logger::get("sluice").information("signal %d received, shutting down", signal);
        gateway.stop();
    }
    isolation::ChildReaper::instance().waitIdle();  // the runners of the plugins just released: none outlives us
    return 0;
}

}  // namespace sluice::cli
