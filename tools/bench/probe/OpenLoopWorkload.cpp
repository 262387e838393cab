#include "OpenLoopWorkload.h"

#include "Clock.h"
#include "EventLoop.h"

#include <algorithm>

namespace sluice::probe {

OpenLoopWorkload::OpenLoopWorkload(EventLoop& loop, const ClientConnection::Target& target, Share share,
                                   std::int64_t warmupEndNs, double rate)
    : Workload(loop, target, share, warmupEndNs),
      nanosecondsPerRequest_(static_cast<double>(kNanosecondsPerSecond) / rate),
      requestsSent_(share.count, 0) {}

void OpenLoopWorkload::start(std::int64_t nowNs) {
    originNs_ = nowNs;
    for (std::uint32_t index = 0; index < share_.count; ++index) {
        loop_.timers().schedule(nextDueNs(index), index);
    }
}

void OpenLoopWorkload::onTimer(std::uint32_t index, std::int64_t nowNs) {
    sendWhenDue(index, nowNs);
}

void OpenLoopWorkload::onResponseComplete(ClientConnection& connection, std::int64_t nowNs) {
    recordResponse(connection, nowNs);
    sendWhenDue(connection.index(), nowNs);
}

void OpenLoopWorkload::onRequestFailed(ClientConnection& connection, RequestFailure failure, std::int64_t nowNs) {
    recordFailure(failure, nowNs);
    const std::uint32_t index = connection.index();
    loop_.timers().schedule(std::max(nextDueNs(index), nowNs + kRetryDelayNs), index);
}

std::int64_t OpenLoopWorkload::nextDueNs(std::uint32_t index) const {
    const double slot = static_cast<double>(runIndex(index)) +
                        static_cast<double>(requestsSent_[index]) * static_cast<double>(share_.total);
    return originNs_ + static_cast<std::int64_t>(slot * nanosecondsPerRequest_);
}

void OpenLoopWorkload::sendWhenDue(std::uint32_t index, std::int64_t nowNs) {
    const std::int64_t dueNs = nextDueNs(index);
    if (dueNs > nowNs) {
        loop_.timers().schedule(dueNs, index);
        return;
    }
    ++requestsSent_[index];
    connection(index).send(dueNs, nowNs);
}

}  // namespace sluice::probe
