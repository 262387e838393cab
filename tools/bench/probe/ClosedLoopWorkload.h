#pragma once

#include "Workload.h"

namespace sluice::probe {

/**
 * closedloop mode, as wrk does it: each connection sends its next request the
 * moment the previous response completes, so the server's speed sets the
 * rate. Latency runs from each send to its response's end.
 */
class ClosedLoopWorkload final : public Workload {
public:
    using Workload::Workload;

    /** Every connection sends at once. */
    void start(std::int64_t nowNs) override;
    /** A failed connection's retry is due. */
    void onTimer(std::uint32_t connection, std::int64_t nowNs) override;
    /** Records the response and sends the next request. */
    void onResponseComplete(ClientConnection& connection, std::int64_t nowNs) override;
    /** Records the failure and retries after a pause. */
    void onRequestFailed(ClientConnection& connection, RequestFailure failure, std::int64_t nowNs) override;
};

}  // namespace sluice::probe
