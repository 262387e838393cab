#include "HoldWorkload.h"

#include "Clock.h"
#include "EventLoop.h"

#include <algorithm>

namespace sluice::probe {

HoldWorkload::HoldWorkload(EventLoop& loop, const ClientConnection::Target& target, Share share, double openRate,
                           ConcurrencyGauge& gauge)
    : Workload(loop, target, share, 0),
      nanosecondsPerOpen_(static_cast<double>(kNanosecondsPerSecond) / openRate),
      gauge_(gauge),
      streams_(share.count) {}

void HoldWorkload::start(std::int64_t nowNs) {
    for (std::uint32_t index = 0; index < share_.count; ++index) {
        const auto offsetNs = static_cast<std::int64_t>(static_cast<double>(runIndex(index)) * nanosecondsPerOpen_);
        loop_.timers().schedule(nowNs + offsetNs, index);
    }
}

void HoldWorkload::onTimer(std::uint32_t index, std::int64_t nowNs) {
    connection(index).send(nowNs, nowNs);
}

void HoldWorkload::onResponseBody(ClientConnection& connection, std::string_view bytes, std::int64_t) {
    if (connection.status() != 200) {
        return;
    }
    HeldStream& stream = streams_[connection.index()];
    const std::size_t events = stream.scanner.scan(bytes);
    measurements_.events += events;
    if (events > 0 && !stream.open) {
        stream.open = true;
        gauge_.increment();
    }
}

void HoldWorkload::onResponseComplete(ClientConnection& connection, std::int64_t) {
    ++(connection.status() == 200 ? measurements_.closedEarly : measurements_.non2xx);
    markClosed(connection.index());
}

void HoldWorkload::onRequestFailed(ClientConnection& connection, RequestFailure failure, std::int64_t) {
    measurements_.countFailure(failure);
    markClosed(connection.index());
}

void HoldWorkload::finish(std::int64_t) {
    measurements_.openAtEnd = static_cast<std::uint64_t>(
        std::count_if(streams_.begin(), streams_.end(), [](const HeldStream& stream) { return stream.open; }));
}

void HoldWorkload::markClosed(std::uint32_t index) {
    if (streams_[index].open) {
        streams_[index].open = false;
        gauge_.decrement();
    }
}

}  // namespace sluice::probe
