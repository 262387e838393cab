// The kernel's one SQL layer: a SOCI connection pool over SQLite or MySQL/MariaDB.
#pragma once

#include <soci/connection-pool.h>
#include <soci/session.h>

#include <memory>
#include <string>

namespace sluice::store {

/** Which SQL dialect the database speaks; migrations differ per dialect. */
enum class Dialect { Sqlite, MySql };

/** An open database: a pool of sessions borrowed per unit of work. */
class Database {
public:
    /**
     * Opens url: "sqlite:///path/file.db" or "mysql://user:pass@host:port/db".
     * A SQLite file is owner-only (0600, and 0700 for the directories made
     * for it), created so or narrowed, whatever the umask. Throws
     * std::invalid_argument for a malformed URL, std::runtime_error when the
     * file or its directory cannot be made private, soci::soci_error when unreachable.
     */
    Database(const std::string& url, size_t poolSize);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /** The dialect of the open database. */
    Dialect dialect() const noexcept { return dialect_; }

    /** The pool to lease sessions from: soci::session sql(database.pool()). */
    soci::connection_pool& pool() noexcept { return *pool_; }

    /** The URL with any password masked, for logs. */
    const std::string& description() const noexcept { return description_; }

private:
    Dialect dialect_;
    std::string description_;
    std::unique_ptr<soci::connection_pool> pool_;
    size_t poolSize_;
};

}  // namespace sluice::store
