// Usage records from many event loops, buffered without a lock they all share.
#pragma once

#include "usage/UsageRecord.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace sluice::usage {

/**
 * Every thread that appends gets its own shard, guarded by its own mutex,
 * which only that thread and the occasional drain ever take: the request
 * path never contends on (or bounces the cache line of) a lock shared by all
 * requests. The writer drains all shards at once.
 */
class ShardedUsageBuffer {
public:
    /** What append() did with a record. */
    enum class Appended {
        Buffered,
        /** Buffered, and the calling thread's shard just reached the batch size: time to write. */
        BatchReady,
        /** Refused: the shard already holds its maximum (the writer is far behind). */
        Dropped,
    };

    /** `batchSize`: shard size that reports BatchReady; `maxPerShard`: beyond it, records are dropped. */
    ShardedUsageBuffer(size_t batchSize, size_t maxPerShard);

    /** Adds a record to the calling thread's shard. */
    Appended append(UsageRecord record);

    /** Moves every buffered record to the end of `out`. */
    void drainInto(std::deque<UsageRecord>& out);

    /** Records buffered now. */
    size_t size() const;

private:
    struct Shard {
        mutable std::mutex mutex;
        std::vector<UsageRecord> rows;
    };

    Shard& shardOfThisThread();

    /** Unique per buffer in the process, so a thread's cached shard is never mistaken for another buffer's. */
    const uint64_t id_;
    const size_t batchSize_;
    const size_t maxPerShard_;
    mutable std::mutex shardsMutex_;
    std::vector<std::unique_ptr<Shard>> shards_;
};

}  // namespace sluice::usage
