#pragma once

#include "SseEventScanner.h"
#include "Workload.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace sluice::probe {

/**
 * stream mode: each connection posts a streaming request, reads the SSE
 * response as it arrives, and posts again when it ends. For 2xx streams it
 * records the time to first byte (send to first body byte), the gap between
 * consecutive events, and with an expected gap G the hold-back per event,
 * max(0, gap - G): the delay a gateway added beyond the upstream's own pacing.
 */
class StreamWorkload final : public Workload {
public:
    /** `expectGapNs` is the upstream's own event pacing, when known. */
    StreamWorkload(EventLoop& loop, const ClientConnection::Target& target, Share share, std::int64_t warmupEndNs,
                   std::optional<std::int64_t> expectGapNs);

    /** Every connection starts a stream at once. */
    void start(std::int64_t nowNs) override;
    /** A failed connection's retry is due. */
    void onTimer(std::uint32_t connection, std::int64_t nowNs) override;
    /** Times the first byte and every event the bytes complete. */
    void onResponseBody(ClientConnection& connection, std::string_view bytes, std::int64_t nowNs) override;
    /** Counts the finished stream and starts the next. */
    void onResponseComplete(ClientConnection& connection, std::int64_t nowNs) override;
    /** Records the failure and retries after a pause. */
    void onRequestFailed(ClientConnection& connection, RequestFailure failure, std::int64_t nowNs) override;

private:
    /** Where one connection's current stream stands. */
    struct StreamProgress {
        SseEventScanner scanner;
        bool sawBody = false;
        bool sawEvent = false;
        std::int64_t lastEventNs = 0;
    };

    void recordEvent(StreamProgress& progress, std::int64_t nowNs);

    std::optional<std::int64_t> expectGapNs_;
    std::vector<StreamProgress> streams_;
};

}  // namespace sluice::probe
