// What a previous run's usage journal holds that the database does not.
#pragma once

#include "store/Database.h"
#include "usage/UsageRecord.h"

#include <string>
#include <vector>

namespace sluice::usage {

/** Records a killed run journaled but never stored, and the journal files they came from. */
struct JournalRecovery {
    std::vector<UsageRecord> records;
    std::vector<std::string> files;

    /**
     * Reads every journal file in directory (creating it, mode 0700, when
     * missing) and keeps the records whose request id the usage log lacks:
     * a file may hold rows that were stored just before the crash. Throws
     * when the directory or the database cannot be read; then nothing is
     * replayed and the files stay for the next start.
     */
    static JournalRecovery read(const std::string& directory, store::Database& database);
};

}  // namespace sluice::usage
