#pragma once

#include "EventStampScanner.h"
#include "SseEventScanner.h"
#include "Workload.h"

#include <cstdint>
#include <vector>

namespace sluice::probe {

/**
 * stream mode: each connection posts a streaming request, reads the SSE
 * response as it arrives, and posts again when it ends. For 2xx streams it
 * records the time to first byte (send to first body byte), the gap between
 * consecutive events, and each stamped event's transit from the upstream
 * (EventStampScanner).
 */
class StreamWorkload final : public Workload {
public:
    StreamWorkload(EventLoop& loop, const ClientConnection::Target& target, Share share, std::int64_t warmupEndNs);

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
        EventStampScanner stamps;
        bool sawBody = false;
        bool sawEvent = false;
        std::int64_t lastEventNs = 0;
    };

    void recordEvent(StreamProgress& progress, std::int64_t nowNs);

    std::vector<StreamProgress> streams_;
    /** Stamps found in the current piece of body; its capacity is reused. */
    std::vector<std::int64_t> stampsFound_;
};

}  // namespace sluice::probe
