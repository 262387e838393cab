#include "usage/SqliteUsageInserter.h"

#include "usage/UsageLogTable.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace sluice::usage {

void SqliteUsageInserter::Finalize::operator()(sqlite_api::sqlite3_stmt* statement) const noexcept {
    sqlite_api::sqlite3_finalize(statement);
}

namespace {

/** The SQLite handle under a SOCI session; std::logic_error when the session is not SQLite's. */
sqlite_api::sqlite3* connectionOf(soci::session& sql) {
    if (sql.get_backend_name() != "sqlite3") throw std::logic_error("SqliteUsageInserter needs a SQLite session");
    return static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;  // SOCI exports no typeinfo for it
}

/** "(?,?,...)": one row's placeholders. */
std::string rowPlaceholders() {
    std::string row = "(";
    for (size_t column = 0; column < kUsageLogColumns; ++column) row += column == 0 ? "?" : ",?";
    return row + ")";
}

}  // namespace

SqliteUsageInserter::SqliteUsageInserter(soci::session& sql)
    : db_(connectionOf(sql)),
      group_(prepare(kRowsPerStatement)),
      single_(prepare(1)) {}

void SqliteUsageInserter::insert(std::span<const UsageRecord> rows) {
    for (; rows.size() >= kRowsPerStatement; rows = rows.subspan(kRowsPerStatement))
        execute(group_.get(), rows.first(kRowsPerStatement));
    for (size_t i = 0; i < rows.size(); ++i) execute(single_.get(), rows.subspan(i, 1));
}

SqliteUsageInserter::Statement SqliteUsageInserter::prepare(size_t rows) const {
    std::string text(kUsageLogInsert);
    const std::string placeholders = rowPlaceholders();
    for (size_t row = 0; row < rows; ++row) text.append(row == 0 ? "" : ",").append(placeholders);
    sqlite_api::sqlite3_stmt* prepared = nullptr;
    const int result = sqlite_api::sqlite3_prepare_v3(db_, text.c_str(), static_cast<int>(text.size()),
                                                      SQLITE_PREPARE_PERSISTENT, &prepared, nullptr);
    Statement statement(prepared);
    check(result);
    return statement;
}

void SqliteUsageInserter::execute(sqlite_api::sqlite3_stmt* statement, std::span<const UsageRecord> rows) const {
    for (size_t row = 0; row < rows.size(); ++row) bind(statement, static_cast<int>(row * kUsageLogColumns), rows[row]);
    const int stepped = sqlite_api::sqlite3_step(statement);
    if (stepped == SQLITE_DONE) {
        sqlite_api::sqlite3_reset(statement);
        return;
    }
    const soci::sqlite3_soci_error failure = error(stepped);  // before the reset, which would clear the message
    sqlite_api::sqlite3_reset(statement);                     // ready for the next rows: the statement is kept
    throw failure;
}

void SqliteUsageInserter::bind(sqlite_api::sqlite3_stmt* statement, int before, const UsageRecord& r) const {
    auto text = [&](int column, std::string_view value) {
        const int length = static_cast<int>(value.size());
        check(sqlite_api::sqlite3_bind_text(statement, before + column, value.data(), length, SQLITE_STATIC));
    };
    auto number = [&](int column, int64_t value) { check(sqlite_api::sqlite3_bind_int64(statement, before + column, value)); };
    text(1, r.requestId);
    number(2, r.createdAt);
    number(3, r.tokenId);
    text(4, r.model);
    text(5, r.upstreamModel);
    number(6, r.channelId);
    number(7, r.status);
    number(8, r.stream ? 1 : 0);
    number(9, r.latencyMs);
    number(10, r.firstByteMs);
    number(11, r.promptTokens);
    number(12, r.completionTokens);
    number(13, r.totalTokens);
    text(14, std::string_view(r.error).substr(0, kMaxUsageErrorText));
    static_assert(kUsageLogColumns == 14, "bind() sets every column of kUsageLogInsert");
}

void SqliteUsageInserter::check(int result) const {
    if (result != SQLITE_OK) throw error(result);
}

soci::sqlite3_soci_error SqliteUsageInserter::error(int result) const {
    return soci::sqlite3_soci_error(sqlite_api::sqlite3_errmsg(db_), result);
}

}  // namespace sluice::usage
