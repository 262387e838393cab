#pragma once

#include "ConnectionListener.h"
#include "LatencyHistogram.h"

#include <cstdint>

namespace sluice::probe {

/**
 * What one workload counted while measuring (after the warm-up). Each mode
 * fills the fields its report needs; threads each keep their own, and the
 * run merges them at the end.
 */
struct Measurements {
    /** Complete responses (requests, or streams in stream mode), 2xx or not. */
    std::uint64_t completed = 0;
    /** Complete responses whose status was not 2xx (hold: not 200). */
    std::uint64_t non2xx = 0;
    /** Requests whose connect failed. */
    std::uint64_t connectErrors = 0;
    /** Requests cut off by the server closing or resetting, or answered with malformed HTTP; in hold also streams that
     * ended. */
    std::uint64_t closedEarly = 0;
    /** Requests over the time limit. */
    std::uint64_t timeouts = 0;
    /** Server-sent events received. */
    std::uint64_t events = 0;
    /** hold: streams still open when the run ended. */
    std::uint64_t openAtEnd = 0;
    /** Request latency: from when each request was due to its response's end. */
    LatencyHistogram latency;
    /** stream: from sending to the first body byte. */
    LatencyHistogram timeToFirstByte;
    /** stream: between consecutive events of one stream. */
    LatencyHistogram eventGap;
    /** stream: from a stamped event's write by the upstream (EventStampScanner) to its arrival. */
    LatencyHistogram transit;

    /** Connect errors, early closes and timeouts together. */
    std::uint64_t errors() const { return connectErrors + closedEarly + timeouts; }
    /** Counts one failed request under its kind. */
    void countFailure(RequestFailure failure);
    /** Adds everything `other` counted. */
    void merge(const Measurements& other);
};

}  // namespace sluice::probe
