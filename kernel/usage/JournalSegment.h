// One writing thread's current file of the usage journal.
#pragma once

#include "usage/UsageRecord.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::usage {

/**
 * The journal file one thread appends its usage records to, opened on the
 * first record. Each record goes to the file in one write(2) before the
 * response it belongs to completes, so it survives the process being killed
 * (the page cache keeps it; an fsync per request would buy power-loss safety
 * at a price no gateway pays). Sealing closes the file and starts the next.
 */
class JournalSegment {
public:
    /** Files are named <prefix>-<sequence>.log inside directory. */
    JournalSegment(std::string directory, std::string prefix) : directory_(std::move(directory)), prefix_(std::move(prefix)) {}
    ~JournalSegment();
    JournalSegment(const JournalSegment&) = delete;
    JournalSegment& operator=(const JournalSegment&) = delete;

    /**
     * Appends one record; false (with errno set) when the file cannot be
     * opened or written. A failed write closes the file, so what follows goes
     * to a new one rather than after a damaged entry.
     */
    bool append(const UsageRecord& record);

    /** Closes the current file and adds the paths of every file written since the last seal to paths. */
    void sealInto(std::vector<std::string>& paths);

private:
    std::string directory_;
    std::string prefix_;
    uint64_t sequence_ = 0;
    int fd_ = -1;
    std::string path_;
    std::vector<std::string> closed_;  // written since the last seal, closed early by a failed write
    std::string scratch_;
};

}  // namespace sluice::usage
