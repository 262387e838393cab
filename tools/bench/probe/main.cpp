// sluice-bench-probe: command-line entry point. Parses flags, runs the load,
// prints the JSON report on stdout and a human summary on stderr.

#include "JsonReport.h"
#include "ProbeOptions.h"
#include "ProbeRun.h"

#include <sys/resource.h>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <string>

namespace {

using sluice::probe::Measurements;
using sluice::probe::Mode;
using sluice::probe::ProbeOptions;
using sluice::probe::ProbeRun;

/** Descriptors the probe needs besides one per connection: stdio, epoll, slack. */
constexpr rlim_t kSpareDescriptors = 64;

/** Lifts the open-file limit to its hard maximum, so thousands of connections fit; warns when still too low. */
void raiseFileLimit(std::uint32_t connections) {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return;
    }
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    if (limit.rlim_cur < connections + kSpareDescriptors) {
        std::fprintf(stderr, "sluice-bench-probe: warning: open-file limit %llu is too low for %u connections\n",
                     static_cast<unsigned long long>(limit.rlim_cur), connections);
    }
}

void printSummary(const ProbeOptions& options, const Measurements& measured, std::int64_t peakOpen) {
    const double seconds = options.measuredSeconds();
    const double perSecond = static_cast<double>(measured.completed) / seconds;
    switch (options.mode) {
    case Mode::OpenLoop:
        std::fprintf(stderr, "openloop: %.1f of %.1f req/s, p50 %lld us, p99 %lld us, %llu errors, %llu non-2xx\n",
                     perSecond, options.rate, static_cast<long long>(measured.latency.percentile(0.5)),
                     static_cast<long long>(measured.latency.percentile(0.99)),
                     static_cast<unsigned long long>(measured.errors()),
                     static_cast<unsigned long long>(measured.non2xx));
        if (perSecond < options.rate * 0.95) {
            std::fprintf(stderr,
                         "openloop: warning: the target rate was not reached (server or connections saturated)\n");
        }
        break;
    case Mode::ClosedLoop:
        std::fprintf(stderr, "closedloop: %.1f req/s, p50 %lld us, p99 %lld us, %llu errors, %llu non-2xx\n", perSecond,
                     static_cast<long long>(measured.latency.percentile(0.5)),
                     static_cast<long long>(measured.latency.percentile(0.99)),
                     static_cast<unsigned long long>(measured.errors()),
                     static_cast<unsigned long long>(measured.non2xx));
        break;
    case Mode::Stream:
        std::fprintf(stderr, "stream: %llu streams, %llu events, ttfb p50 %lld us, gap p50 %lld us, %llu errors\n",
                     static_cast<unsigned long long>(measured.completed),
                     static_cast<unsigned long long>(measured.events),
                     static_cast<long long>(measured.timeToFirstByte.percentile(0.5)),
                     static_cast<long long>(measured.eventGap.percentile(0.5)),
                     static_cast<unsigned long long>(measured.errors()));
        break;
    case Mode::Hold:
        std::fprintf(stderr, "hold: %lld of %u streams open at peak, %llu at the end, %llu failed\n",
                     static_cast<long long>(peakOpen), options.connections,
                     static_cast<unsigned long long>(measured.openAtEnd),
                     static_cast<unsigned long long>(measured.errors() + measured.non2xx));
        break;
    }
}

}  // namespace

int main(int argc, char** argv) {
    const ProbeOptions options = ProbeOptions::parse(argc, argv);
    // Sockets send with MSG_NOSIGNAL; ignoring SIGPIPE as well keeps any other write safe.
    std::signal(SIGPIPE, SIG_IGN);
    raiseFileLimit(options.connections);

    std::fprintf(stderr, "sluice-bench-probe: %s, %u connections on %u thread(s), %.1f s (%.1f s warm-up), %s%s\n",
                 std::string(options.modeName()).c_str(), options.connections, options.threads, options.durationSeconds,
                 options.warmupSeconds, options.url.authority.c_str(), options.url.path.c_str());
    ProbeRun run(options);
    try {
        run.run();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "sluice-bench-probe: %s\n", error.what());
        return 1;
    }
    printSummary(options, run.measurements(), run.peakOpen());
    std::printf("%s\n", sluice::probe::formatJsonReport(options, run.measurements(), run.peakOpen()).c_str());
    return 0;
}
