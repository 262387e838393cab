#include "usage/ShardedUsageBuffer.h"

#include "util/Clock.h"

#include <Poco/Logger.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>

namespace sluice::usage {

namespace {

std::atomic<uint64_t> lastBufferId{0};

/** The shards this thread appended to lately, by buffer id; a gateway has one buffer, tests a few. */
struct ThreadShardCache {
    struct Entry {
        uint64_t bufferId = 0;
        void* shard = nullptr;
    };
    std::array<Entry, 4> entries{};
    size_t nextVictim = 0;
};

thread_local ThreadShardCache threadShards;

std::atomic<uint64_t> journalFailures{0};

/** Says in the log that a record could not be journaled: the first time, then every 10,000th. */
void noteJournalFailure(int error) {
    const uint64_t failures = journalFailures.fetch_add(1) + 1;
    if (failures == 1 || failures % 10000 == 0)
        Poco::Logger::get("sluice.usage")
            .error("usage journal write failed (%s); %?u record(s) so far are only in memory until stored",
                   std::string(std::strerror(error)), failures);
}

}  // namespace

ShardedUsageBuffer::ShardedUsageBuffer(size_t batchSize, size_t maxPerShard, std::string journalDirectory)
    : id_(lastBufferId.fetch_add(1) + 1),
      batchSize_(batchSize),
      maxPerShard_(maxPerShard),
      journalDirectory_(std::move(journalDirectory)),
      journalPrefix_(std::to_string(util::unixMillis()) + "-" + std::to_string(id_)) {}

ShardedUsageBuffer::Appended ShardedUsageBuffer::append(UsageRecord record) {
    Shard& shard = shardOfThisThread();
    std::lock_guard<std::mutex> lock(shard.mutex);
    if (shard.rows.size() >= maxPerShard_) return Appended::Dropped;
    if (shard.journal && !shard.journal->append(record)) noteJournalFailure(errno);
    shard.rows.push_back(std::move(record));
    return shard.rows.size() == batchSize_ ? Appended::BatchReady : Appended::Buffered;
}

void ShardedUsageBuffer::drainInto(std::deque<UsageRecord>& out, std::vector<std::string>* sealedJournal) {
    std::lock_guard<std::mutex> shardsLock(shardsMutex_);
    std::vector<std::string> sealed;
    for (const auto& shard : shards_) {
        std::vector<UsageRecord> rows;
        {
            std::lock_guard<std::mutex> lock(shard->mutex);
            if (shard->journal) shard->journal->sealInto(sealed);
            rows.swap(shard->rows);
            shard->rows.reserve(rows.size());  // the appending thread keeps a buffer of the size it needed
        }
        out.insert(out.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    }
    if (sealedJournal) sealedJournal->insert(sealedJournal->end(), sealed.begin(), sealed.end());
}

size_t ShardedUsageBuffer::size() const {
    std::lock_guard<std::mutex> shardsLock(shardsMutex_);
    size_t total = 0;
    for (const auto& shard : shards_) {
        std::lock_guard<std::mutex> lock(shard->mutex);
        total += shard->rows.size();
    }
    return total;
}

ShardedUsageBuffer::Shard& ShardedUsageBuffer::shardOfThisThread() {
    for (const ThreadShardCache::Entry& entry : threadShards.entries)
        if (entry.bufferId == id_) return *static_cast<Shard*>(entry.shard);
    auto shard = std::make_unique<Shard>();
    Shard* raw = shard.get();
    {
        std::lock_guard<std::mutex> lock(shardsMutex_);
        if (!journalDirectory_.empty())
            shard->journal = std::make_unique<JournalSegment>(journalDirectory_,
                                                              journalPrefix_ + "-" + std::to_string(shards_.size()));
        shards_.push_back(std::move(shard));
    }
    threadShards.entries[threadShards.nextVictim++ % threadShards.entries.size()] = {id_, raw};
    return *raw;
}

}  // namespace sluice::usage
