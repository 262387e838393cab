// Writes usage records to the database in batches on a background thread.
#pragma once

#include "store/Database.h"
#include "usage/UsageSink.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace sluice::usage {

/**
 * Buffers records and writes them in one transaction per batch, every flush
 * interval or as soon as a batch is full. When the database is unreachable the
 * batch stays queued and is retried; when a batch is refused for its data, its
 * rows are written one by one and only a row the database refuses is dropped
 * (and logged), so one bad row never blocks the log. stop() writes everything
 * still queued before returning. The queue is bounded (kMaxQueued); past it
 * the oldest rows are dropped with an error line.
 */
class UsageWriter : public UsageSink {
public:
    UsageWriter(store::Database& database, int flushIntervalMs, size_t batchSize);
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
    void writeBatch(const std::vector<UsageRecord>& batch);
    void writeRowByRow(std::vector<UsageRecord>& batch);
    std::vector<UsageRecord> takeBatch(size_t limit);

    store::Database& database_;
    const std::chrono::milliseconds flushInterval_;
    const size_t batchSize_;
    mutable std::mutex mutex_;
    std::mutex writeMutex_;
    std::condition_variable wake_;
    std::deque<UsageRecord> queue_;
    size_t dropped_ = 0;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace sluice::usage
