// Usage rows into SQLite on a connection's own prepared statements, kept for the connection's life.
#pragma once

#include "usage/UsageRecord.h"

#include <memory>
#include <span>

namespace soci {
class session;
class sqlite3_soci_error;
}  // namespace soci
namespace sqlite_api {  // SOCI's namespace for SQLite's C API
struct sqlite3;
struct sqlite3_stmt;
}  // namespace sqlite_api

namespace sluice::usage {

/**
 * Inserts usage rows through one SQLite connection of a SOCI session, which
 * still owns the connection and the transaction around each batch. Rows go
 * kRowsPerStatement to a statement, the rest one by one; each row's text is
 * bound in place (the rows outlive the step). The two statements are prepared
 * once and kept: preparing the grouped one cost about 1,260 instructions per
 * row when it was redone for every 500-row batch. Failures are thrown as
 * SOCI's own SQLite error, so a refused row is told apart from an unreachable
 * database. Must be destroyed before its connection closes.
 */
class SqliteUsageInserter {
public:
    /**
     * Rows per grouped INSERT: one statement of several rows opens the table's
     * and the indexes' cursors once for all of them. Measured (C against
     * Debian's SQLite, this schema, 500-row transactions): 1 row 542-562k
     * rows/s, 20-25 rows 809-843k, 50 rows 785-805k, 100 rows 717k.
     */
    static constexpr size_t kRowsPerStatement = 25;

    /** Prepares the statements on `sql`'s connection; throws soci::sqlite3_soci_error when SQLite refuses. */
    explicit SqliteUsageInserter(soci::session& sql);

    /** Inserts `rows` inside the caller's transaction. */
    void insert(std::span<const UsageRecord> rows);

private:
    struct Finalize {
        void operator()(sqlite_api::sqlite3_stmt* statement) const noexcept;
    };
    using Statement = std::unique_ptr<sqlite_api::sqlite3_stmt, Finalize>;

    Statement prepare(size_t rows) const;
    void execute(sqlite_api::sqlite3_stmt* statement, std::span<const UsageRecord> rows) const;
    void bind(sqlite_api::sqlite3_stmt* statement, int before, const UsageRecord& r) const;
    /** Throws error(result) unless result is SQLITE_OK. */
    void check(int result) const;
    /** SOCI's SQLite error for `result`, with the connection's message. */
    soci::sqlite3_soci_error error(int result) const;

    sqlite_api::sqlite3* db_;
    Statement group_;
    Statement single_;
};

}  // namespace sluice::usage
