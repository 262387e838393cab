#include "Measurements.h"

namespace sluice::probe {

void Measurements::countFailure(RequestFailure failure) {
    switch (failure) {
    case RequestFailure::Connect: ++connectErrors; break;
    case RequestFailure::Closed:
    case RequestFailure::Malformed: ++closedEarly; break;
    case RequestFailure::Timeout: ++timeouts; break;
    }
}

void Measurements::merge(const Measurements& other) {
    completed += other.completed;
    non2xx += other.non2xx;
    connectErrors += other.connectErrors;
    closedEarly += other.closedEarly;
    timeouts += other.timeouts;
    events += other.events;
    openAtEnd += other.openAtEnd;
    latency.merge(other.latency);
    timeToFirstByte.merge(other.timeToFirstByte);
    eventGap.merge(other.eventGap);
    transit.merge(other.transit);
}

}  // namespace sluice::probe
