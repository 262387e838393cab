// Writes usage records to the database in batches on a background thread.
#pragma once

#include "store/Database.h"
#include "usage/ShardedUsageBuffer.h"
#include "usage/SqliteUsageInserter.h"
#include "usage/UsageSink.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace sluice::usage {

/**
 * Buffers records and writes them in one transaction per batch, every flush
 * interval or as soon as a batch is full. When the database is unreachable the
 * batch stays queued and is retried; when a batch is refused for its data, its
 * rows are written one by one and only a row the database refuses is dropped
 * (and logged), so one bad row never blocks the log. stop() writes everything
 * still queued before returning. Event loops append to their own shards of
 * a ShardedUsageBuffer, so recording takes no lock shared by all requests.
 * What is queued is bounded (kMaxQueued); past it rows are dropped with an
 * error line. The database must outlive the writer, which keeps prepared
 * statements on its SQLite connections until stop().
 */
class UsageWriter : public UsageSink {
public:
    /**
     * With a journalDirectory, every record is journaled there as it is
     * recorded and its journal file removed once it is stored, so completed
     * requests' rows survive kill -9; what a killed run left there is stored
     * first (JournalRecovery).
     */
    UsageWriter(store::Database& database, int flushIntervalMs, size_t batchSize, std::string journalDirectory = {});
    ~UsageWriter() override;

    void record(UsageRecord record) override;

    /**
     * Writes the records queued when it is called (from the caller's thread);
     * returns how many. Records arriving meanwhile wait for the next flush, so
     * a busy log is written in full batches rather than chased row by row.
     */
    size_t flush();

    /** Flushes and ends the background thread. */
    void stop();

    /** Records queued and not yet written. */
    size_t pending() const;

private:
    void run();
    /** Writes rows in one transaction, in chunks with a break between them so an event loop on this core runs soon. */
    void writeBatch(std::span<const UsageRecord> batch);
    /** The inserter kept for the SQLite connection `sql` leased from the pool; call with writeMutex_ held. */
    SqliteUsageInserter& sqliteInserterFor(soci::session& sql);
    void writeRowByRow(std::vector<UsageRecord>& batch);
    std::vector<UsageRecord> takeBatch(size_t limit);
    /** Drops the oldest taken rows beyond kMaxQueued; call with mutex_ held. */
    void trimBacklog();
    /** Counts dropped rows and says so in the log, now and then; call with mutex_ held. */
    void noteDropped(size_t rows);
    /** Queues what a killed run journaled and did not store. */
    void recoverJournal(const std::string& directory);
    /** Removes the sealed journal files once every row they hold has left the backlog. */
    void removeStoredJournal();

    store::Database& database_;
    const std::chrono::milliseconds flushInterval_;
    const size_t batchSize_;
    mutable std::mutex mutex_;
    std::mutex writeMutex_;
    std::condition_variable wake_;
    ShardedUsageBuffer incoming_;
    /** One per pooled SQLite connection the writer has used, by its SOCI backend; guarded by writeMutex_. */
    std::unordered_map<const void*, std::unique_ptr<SqliteUsageInserter>> sqliteInserters_;
    /** Rows taken from the shards and not yet written (oldest first); guarded by mutex_. */
    std::deque<UsageRecord> backlog_;
    /** Journal files whose rows were all taken into the backlog; guarded by mutex_. */
    std::vector<std::string> sealedJournal_;
    size_t dropped_ = 0;
    /** A shard reached the batch size since the writer last woke. */
    bool batchReady_ = false;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace sluice::usage
