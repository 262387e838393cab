// A transaction that takes the write lock up front, on either dialect.
#pragma once

#include "store/Database.h"

namespace sluice::store {

/**
 * BEGIN IMMEDIATE on SQLite, so a read-then-write cannot fail half way with
 * SQLITE_BUSY_SNAPSHOT when another process wrote in between (busy_timeout
 * waits for the lock instead); START TRANSACTION on MySQL. Rolls back unless
 * committed.
 */
class WriteTransaction {
public:
    WriteTransaction(soci::session& sql, Dialect dialect);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    /** Makes the changes durable. */
    void commit();

private:
    soci::session& sql_;
    bool open_ = true;
};

}  // namespace sluice::store
