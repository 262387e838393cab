// Usage rows for the usage writer's and journal's tests.
#pragma once

#include "usage/UsageRecord.h"

#include <string>

namespace sluice::testsupport {

/** Row i of a test's usage log: request id "req-<i>", prompt i, completion 2i and total 3i tokens. */
inline usage::UsageRecord usageRow(int i) {
    usage::UsageRecord r;
    r.requestId = "req-" + std::to_string(i);
    r.createdAt = 1700000000000 + i;
    r.tokenId = 1;
    r.model = "gpt-4o-mini";
    r.status = 200;
    r.promptTokens = i;
    r.completionTokens = 2 * i;
    r.totalTokens = 3 * i;
    return r;
}

}  // namespace sluice::testsupport
