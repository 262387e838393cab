#include "usage/ShardedUsageBuffer.h"

#include <array>
#include <atomic>

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

}  // namespace

ShardedUsageBuffer::ShardedUsageBuffer(size_t batchSize, size_t maxPerShard)
    : id_(lastBufferId.fetch_add(1) + 1), batchSize_(batchSize), maxPerShard_(maxPerShard) {}

ShardedUsageBuffer::Appended ShardedUsageBuffer::append(UsageRecord record) {
    Shard& shard = shardOfThisThread();
    std::lock_guard<std::mutex> lock(shard.mutex);
    if (shard.rows.size() >= maxPerShard_) return Appended::Dropped;
    shard.rows.push_back(std::move(record));
    return shard.rows.size() == batchSize_ ? Appended::BatchReady : Appended::Buffered;
}

void ShardedUsageBuffer::drainInto(std::deque<UsageRecord>& out) {
    std::lock_guard<std::mutex> shardsLock(shardsMutex_);
    for (const auto& shard : shards_) {
        std::vector<UsageRecord> rows;
        {
            std::lock_guard<std::mutex> lock(shard->mutex);
            rows.swap(shard->rows);
            shard->rows.reserve(rows.size());  // the appending thread keeps a buffer of the size it needed
        }
        out.insert(out.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    }
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
        shards_.push_back(std::move(shard));
    }
    threadShards.entries[threadShards.nextVictim++ % threadShards.entries.size()] = {id_, raw};
    return *raw;
}

}  // namespace sluice::usage
