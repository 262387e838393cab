#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace sluice::probe {

/**
 * Finds the send-time stamps a mock upstream started with --stamp-events puts
 * in each stream event ("system_fingerprint":"fp_<steady-clock ns>") in a body
 * fed piece by piece, split anywhere. A gateway that forwards events unchanged
 * forwards the stamps, so receive time minus stamp is the event's transit from
 * the upstream's write to the client's read: a direct run gives the floor, and
 * what a gateway adds on top is how long it held the event back.
 */
class EventStampScanner {
public:
    /** Scans the next piece of body, appending every stamp completed inside it to `stamps`. */
    void scan(std::string_view bytes, std::vector<std::int64_t>& stamps);
    /** Forgets any partial stamp, ready for a new stream. */
    void reset() { *this = EventStampScanner(); }

private:
    /** Characters of the marker matched so far. */
    std::size_t matched_ = 0;
    /** Past the marker: reading the stamp's digits. */
    bool inDigits_ = false;
    /** At least one digit was read, so a closing quote completes a stamp. */
    bool sawDigit_ = false;
    std::int64_t value_ = 0;
};

}  // namespace sluice::probe
