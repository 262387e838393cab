#include "Workload.h"

#include "EventLoop.h"

namespace sluice::probe {

Workload::Workload(EventLoop& loop, const ClientConnection::Target& target, Share share, std::int64_t warmupEndNs)
    : loop_(loop), share_(share), warmupEndNs_(warmupEndNs) {
    connections_.reserve(share.count);
    for (std::uint32_t index = 0; index < share.count; ++index) {
        connections_.push_back(std::make_unique<ClientConnection>(index, target, loop, *this));
    }
}

Workload::~Workload() = default;

void Workload::finish(std::int64_t) {}

void Workload::onSocketEvent(std::uint64_t key, std::uint32_t events, std::int64_t nowNs) {
    connections_[key >> 32]->onSocketEvent(static_cast<std::uint32_t>(key), events, nowNs);
}

void Workload::checkTimeouts(std::int64_t nowNs) {
    for (const std::unique_ptr<ClientConnection>& each : connections_) {
        each->checkTimeout(nowNs);
    }
}

void Workload::onResponseBody(ClientConnection&, std::string_view, std::int64_t) {}

void Workload::recordResponse(const ClientConnection& connection, std::int64_t nowNs) {
    if (!measuring(nowNs)) {
        return;
    }
    ++measurements_.completed;
    if (connection.status() < 200 || connection.status() > 299) {
        ++measurements_.non2xx;
    }
    measurements_.latency.record(nowNs - connection.dueNs());
}

void Workload::recordFailure(RequestFailure failure, std::int64_t nowNs) {
    if (measuring(nowNs)) {
        measurements_.countFailure(failure);
    }
}

void Workload::retryLater(const ClientConnection& connection, std::int64_t nowNs) {
    loop_.timers().schedule(nowNs + kRetryDelayNs, connection.index());
}

}  // namespace sluice::probe
