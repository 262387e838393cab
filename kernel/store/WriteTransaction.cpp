#include "store/WriteTransaction.h"

#include <soci/soci.h>

namespace sluice::store {

WriteTransaction::WriteTransaction(soci::session& sql, Dialect dialect) : sql_(sql) {
    sql_ << (dialect == Dialect::Sqlite ? "BEGIN IMMEDIATE" : "START TRANSACTION");
}

WriteTransaction::~WriteTransaction() {
    if (!open_) return;
    try {
        sql_ << "ROLLBACK";
    } catch (...) {
    }
}

void WriteTransaction::commit() {
    sql_ << "COMMIT";
    open_ = false;
}

}  // namespace sluice::store
