#include "ClosedLoopWorkload.h"

namespace sluice::probe {

void ClosedLoopWorkload::start(std::int64_t nowNs) {
    for (std::uint32_t index = 0; index < share_.count; ++index) {
        connection(index).send(nowNs, nowNs);
    }
}

void ClosedLoopWorkload::onTimer(std::uint32_t index, std::int64_t nowNs) {
    connection(index).send(nowNs, nowNs);
}

void ClosedLoopWorkload::onResponseComplete(ClientConnection& connection, std::int64_t nowNs) {
    recordResponse(connection, nowNs);
    connection.send(nowNs, nowNs);
}

void ClosedLoopWorkload::onRequestFailed(ClientConnection& connection, RequestFailure failure, std::int64_t nowNs) {
    recordFailure(failure, nowNs);
    retryLater(connection, nowNs);
}

}  // namespace sluice::probe
