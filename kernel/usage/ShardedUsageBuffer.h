// Usage records from many event loops, buffered without a lock they all share.
#pragma once

#include "usage/JournalSegment.h"
#include "usage/UsageRecord.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
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

    /**
     * `batchSize`: shard size that reports BatchReady; `maxPerShard`: beyond it,
     * records are dropped. With a journalDirectory, each shard also writes its
     * records to a journal file there as they are appended (JournalSegment).
     */
    ShardedUsageBuffer(size_t batchSize, size_t maxPerShard, std::string journalDirectory = {});

    /** Adds a record to the calling thread's shard (and to its journal file first). */
    Appended append(UsageRecord record);

    /**
     * Moves every buffered record to the end of `out` and seals each shard's
     * journal file with them, adding the sealed files' paths to sealedJournal:
     * those files hold exactly the records moved, and may go once they are stored.
     */
    void drainInto(std::deque<UsageRecord>& out, std::vector<std::string>* sealedJournal = nullptr);

    /** Records buffered now. */
    size_t size() const;

private:
    struct Shard {
        mutable std::mutex mutex;
        std::vector<UsageRecord> rows;
        std::unique_ptr<JournalSegment> journal;  // null without a journal directory
    };

    Shard& shardOfThisThread();

    /** Unique per buffer in the process, so a thread's cached shard is never mistaken for another buffer's. */
    const uint64_t id_;
    const size_t batchSize_;
    const size_t maxPerShard_;
    const std::string journalDirectory_;
    /** Names this process's journal files apart from those a previous run left. */
    const std::string journalPrefix_;
    mutable std::mutex shardsMutex_;
    std::vector<std::unique_ptr<Shard>> shards_;
};

}  // namespace sluice::usage
