#include "ProbeRun.h"

#include "Clock.h"
#include "ClosedLoopWorkload.h"
#include "EventLoop.h"
#include "HoldWorkload.h"
#include "HttpRequest.h"
#include "OpenLoopWorkload.h"
#include "StreamWorkload.h"

#include <arpa/inet.h>

#include <exception>
#include <thread>
#include <vector>

namespace sluice::probe {

ProbeRun::ProbeRun(const ProbeOptions& options) : options_(options) {
    target_.address.sin_family = AF_INET;
    target_.address.sin_port = htons(options.url.port);
    target_.address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    target_.request = formatRequest(options);
    target_.limitIdleTimeOnly = options.mode == Mode::Stream || options.mode == Mode::Hold;
}

std::unique_ptr<Workload> ProbeRun::makeWorkload(EventLoop& loop, Workload::Share share, std::int64_t warmupEndNs) {
    switch (options_.mode) {
    case Mode::OpenLoop: return std::make_unique<OpenLoopWorkload>(loop, target_, share, warmupEndNs, options_.rate);
    case Mode::ClosedLoop: return std::make_unique<ClosedLoopWorkload>(loop, target_, share, warmupEndNs);
    case Mode::Stream: return std::make_unique<StreamWorkload>(loop, target_, share, warmupEndNs);
    case Mode::Hold: return std::make_unique<HoldWorkload>(loop, target_, share, options_.openRate, gauge_);
    }
    return nullptr;
}

void ProbeRun::run() {
    const std::uint32_t threads = options_.threads;
    const std::uint32_t connections = options_.connections;
    const std::int64_t startNs = steadyNanoseconds();
    const std::int64_t warmupEndNs = startNs + secondsToNanoseconds(options_.warmupSeconds);
    const std::int64_t endNs = startNs + secondsToNanoseconds(options_.durationSeconds);

    std::vector<Measurements> results(threads);
    std::vector<std::exception_ptr> errors(threads);
    std::vector<std::thread> workers;
    for (std::uint32_t thread = 0; thread < threads; ++thread) {
        const std::uint32_t first = static_cast<std::uint32_t>(std::uint64_t{connections} * thread / threads);
        const std::uint32_t last = static_cast<std::uint32_t>(std::uint64_t{connections} * (thread + 1) / threads);
        const Workload::Share share{first, last - first, connections};
        workers.emplace_back([this, share, warmupEndNs, endNs, &result = results[thread], &error = errors[thread]] {
            try {
                EventLoop loop;
                const std::unique_ptr<Workload> workload = makeWorkload(loop, share, warmupEndNs);
                loop.run(*workload, endNs);
                result = workload->measurements();
            } catch (...) {
                error = std::current_exception();
            }
        });
    }
    for (std::thread& worker : workers) {
        worker.join();
    }
    for (std::uint32_t thread = 0; thread < threads; ++thread) {
        if (errors[thread]) {
            std::rethrow_exception(errors[thread]);
        }
        total_.merge(results[thread]);
    }
}

}  // namespace sluice::probe
