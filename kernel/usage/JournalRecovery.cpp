#include "usage/JournalRecovery.h"

#include "usage/UsageRecordCodec.h"
#include "util/Files.h"

#include <soci/soci.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_set>

namespace sluice::usage {

namespace {

std::string contentsOf(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read usage journal file " + path.string());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/** The request ids the usage log holds from `since` on. */
std::unordered_set<std::string> storedSince(store::Database& database, int64_t since) {
    soci::session sql(database.pool());
    long long from = since;
    soci::rowset<std::string> ids = (sql.prepare << "SELECT request_id FROM usage_log WHERE created_at >= :since",
                                     soci::use(from));
    return {ids.begin(), ids.end()};
}

}  // namespace

JournalRecovery JournalRecovery::read(const std::string& directory, store::Database& database) {
    namespace fs = std::filesystem;
    util::createPrivateDirectories(directory);
    fs::permissions(directory, fs::perms::owner_all, fs::perm_options::replace);
    JournalRecovery recovery;
    std::vector<UsageRecord> journaled;
    for (const fs::directory_entry& entry : fs::directory_iterator(directory)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".log") continue;
        std::vector<UsageRecord> records = decodeUsageRecords(contentsOf(entry.path()));
        std::move(records.begin(), records.end(), std::back_inserter(journaled));
        recovery.files.push_back(entry.path().string());
    }
    if (journaled.empty()) return recovery;
    const int64_t oldest = std::min_element(journaled.begin(), journaled.end(), [](const auto& a, const auto& b) {
                               return a.createdAt < b.createdAt;
                           })->createdAt;
    const std::unordered_set<std::string> stored = storedSince(database, oldest);
    for (UsageRecord& record : journaled)
        if (!stored.count(record.requestId)) recovery.records.push_back(std::move(record));
    return recovery;
}

}  // namespace sluice::usage
