// One request's outcome as it goes to the usage log.
#pragma once

#include <cstdint>
#include <string>

namespace sluice::usage {

/** What the usage log keeps of one request (no secrets, no bodies). */
struct UsageRecord {
    std::string requestId;
    int64_t createdAt = 0;  // unix ms
    int64_t tokenId = 0;
    std::string model;
    std::string upstreamModel;
    int64_t channelId = 0;
    int status = 0;
    bool stream = false;
    int64_t latencyMs = 0;
    int64_t firstByteMs = -1;
    int64_t promptTokens = -1;
    int64_t completionTokens = -1;
    int64_t totalTokens = -1;
    std::string error;
};

}  // namespace sluice::usage
