#pragma once

#include "ConcurrencyGauge.h"
#include "SseEventScanner.h"
#include "Workload.h"

#include <cstdint>
#include <vector>

namespace sluice::probe {

/**
 * hold mode: opens one streaming request per connection, at a bounded rate so
 * the opening is not a connect storm, and keeps every stream open, reading
 * its events, until the run ends. A stream counts as open from its first event
 * (on a 200 response) until it ends; one that fails to connect, gets another
 * status, times out, or ends before the run does counts as failed and is not
 * reopened.
 */
class HoldWorkload final : public Workload {
public:
    /** Opens the run's streams at `openRate` per second; `gauge` is shared by all threads. */
    HoldWorkload(EventLoop& loop, const ClientConnection::Target& target, Share share, double openRate,
                 ConcurrencyGauge& gauge);

    /** Schedules each stream's opening. */
    void start(std::int64_t nowNs) override;
    /** A stream's turn to open. */
    void onTimer(std::uint32_t connection, std::int64_t nowNs) override;
    /** Counts events; the first one marks the stream open. */
    void onResponseBody(ClientConnection& connection, std::string_view bytes, std::int64_t nowNs) override;
    /** The stream ended before the run: a failure (non200 or closed early). */
    void onResponseComplete(ClientConnection& connection, std::int64_t nowNs) override;
    /** The stream failed. */
    void onRequestFailed(ClientConnection& connection, RequestFailure failure, std::int64_t nowNs) override;
    /** Counts the streams still open. */
    void finish(std::int64_t nowNs) override;

private:
    /** One connection's stream. */
    struct HeldStream {
        SseEventScanner scanner;
        bool open = false;
    };

    void markClosed(std::uint32_t index);

    double nanosecondsPerOpen_;
    ConcurrencyGauge& gauge_;
    std::vector<HeldStream> streams_;
};

}  // namespace sluice::probe
