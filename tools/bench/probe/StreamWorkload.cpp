#include "StreamWorkload.h"

namespace sluice::probe {

StreamWorkload::StreamWorkload(EventLoop& loop, const ClientConnection::Target& target, Share share,
                               std::int64_t warmupEndNs)
    : Workload(loop, target, share, warmupEndNs), streams_(share.count) {}

void StreamWorkload::start(std::int64_t nowNs) {
    for (std::uint32_t index = 0; index < share_.count; ++index) {
        connection(index).send(nowNs, nowNs);
    }
}

void StreamWorkload::onTimer(std::uint32_t index, std::int64_t nowNs) {
    connection(index).send(nowNs, nowNs);
}

void StreamWorkload::onResponseBody(ClientConnection& connection, std::string_view bytes, std::int64_t nowNs) {
    if (connection.status() < 200 || connection.status() > 299) {
        return;  // An error body is no stream: it is counted as non2xx, not timed.
    }
    StreamProgress& progress = streams_[connection.index()];
    if (!progress.sawBody) {
        progress.sawBody = true;
        if (measuring(nowNs)) {
            measurements_.timeToFirstByte.record(nowNs - connection.sentNs());
        }
    }
    for (std::size_t events = progress.scanner.scan(bytes); events > 0; --events) {
        recordEvent(progress, nowNs);
    }
    stampsFound_.clear();
    progress.stamps.scan(bytes, stampsFound_);
    if (measuring(nowNs)) {
        for (const std::int64_t stampNs : stampsFound_) {
            measurements_.transit.record(nowNs - stampNs);
        }
    }
}

void StreamWorkload::recordEvent(StreamProgress& progress, std::int64_t nowNs) {
    if (measuring(nowNs)) {
        ++measurements_.events;
        if (progress.sawEvent) {
            const std::int64_t gapNs = nowNs - progress.lastEventNs;
            measurements_.eventGap.record(gapNs);
        }
    }
    progress.sawEvent = true;
    progress.lastEventNs = nowNs;
}

void StreamWorkload::onResponseComplete(ClientConnection& connection, std::int64_t nowNs) {
    if (measuring(nowNs)) {
        ++measurements_.completed;
        if (connection.status() < 200 || connection.status() > 299) {
            ++measurements_.non2xx;
        }
    }
    streams_[connection.index()] = StreamProgress();
    connection.send(nowNs, nowNs);
}

void StreamWorkload::onRequestFailed(ClientConnection& connection, RequestFailure failure, std::int64_t nowNs) {
    recordFailure(failure, nowNs);
    streams_[connection.index()] = StreamProgress();
    retryLater(connection, nowNs);
}

}  // namespace sluice::probe
