// Where the pipeline hands finished requests' usage; implementations write it off the request path.
#pragma once

#include "usage/UsageRecord.h"

namespace sluice::usage {

/** Accepts usage records without blocking the request that produced them. */
class UsageSink {
public:
    virtual ~UsageSink() = default;

    /** Queues one record; never blocks on I/O. */
    virtual void record(UsageRecord record) = 0;
};

}  // namespace sluice::usage
