#include "store/Database.h"

#include "util/Files.h"

#include <mutex>

#include <Poco/Path.h>
#include <Poco/URI.h>

#include <soci/mysql/soci-mysql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <stdexcept>

namespace sluice::store {

namespace {

std::string quoted(const std::string& value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out + "'";
}

soci::connection_parameters mysqlParameters(const std::string& url, std::string& description) {
    Poco::URI uri(url);
    std::string db = uri.getPath();
    if (db.size() < 2) throw std::invalid_argument("db.url: mysql URL needs a database name (mysql://user:pass@host:port/db)");
    std::string user = uri.getUserInfo(), password;
    if (size_t colon = user.find(':'); colon != std::string::npos) {
        password = user.substr(colon + 1);
        user = user.substr(0, colon);
    }
    std::string connect = "db=" + quoted(db.substr(1)) + " host=" + quoted(uri.getHost()) +
                          " port=" + std::to_string(uri.getPort() ? uri.getPort() : 3306) + " charset=utf8mb4 reconnect=1";
    if (!user.empty()) connect += " user=" + quoted(user);
    if (!password.empty()) connect += " password=" + quoted(password);
    description = "mysql://" + (user.empty() ? "" : user + (password.empty() ? "" : ":***") + "@") + uri.getHost() +
                  ":" + std::to_string(uri.getPort() ? uri.getPort() : 3306) + db;
    return soci::connection_parameters(*soci::factory_mysql(), connect);
}

soci::connection_parameters sqliteParameters(const std::string& url, std::string& description) {
    std::string path = url.substr(std::string("sqlite://").size());
    if (path.empty()) throw std::invalid_argument("db.url: sqlite URL needs a file path (sqlite:///path/sluice.db)");
    if (path.find_first_of(" '\"") != std::string::npos)
        throw std::invalid_argument("db.url: the SQLite path must not contain spaces or quotes");
    // The database holds upstream keys and token hashes: only the gateway's user may open it. SQLite
    // gives the -wal and -shm files it creates the database file's mode; ones left by a crash are narrowed too.
    util::createPrivateDirectories(Poco::Path(path).parent().toString());
    util::createPrivateFile(path);
    for (const char* suffix : {"", "-wal", "-shm"}) util::restrictToOwner(path + suffix);
    description = "sqlite://" + path;
    return soci::connection_parameters(*soci::factory_sqlite3(), "db=" + path + " timeout=10");
}

}  // namespace

namespace {

/**
 * Switches SQLite to multi-thread mode before its first use: a pooled SOCI
 * session is only ever used by one thread at a time, so SQLite's per-call
 * connection mutex (and its allocator statistics mutex) only cost time —
 * 15% of the usage writer's samples. A no-op if SQLite was already initialised.
 */
void configureSqliteOnce() {
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);  // SOCI's header wraps sqlite3.h in sqlite_api
        sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

}  // namespace

Database::Database(const std::string& url, size_t poolSize) : poolSize_(poolSize) {
    soci::connection_parameters parameters = [&] {
        if (url.rfind("sqlite://", 0) == 0) {
            dialect_ = Dialect::Sqlite;
            configureSqliteOnce();
            return sqliteParameters(url, description_);
        }
        if (url.rfind("mysql://", 0) == 0) {
            dialect_ = Dialect::MySql;
            return mysqlParameters(url, description_);
        }
        throw std::invalid_argument("db.url: unsupported scheme (use sqlite:///path or mysql://...)");
    }();
    pool_ = std::make_unique<soci::connection_pool>(poolSize_);
    for (size_t i = 0; i < poolSize_; ++i) {
        soci::session& session = pool_->at(i);
        session.open(parameters);
        if (dialect_ == Dialect::Sqlite) {
            session << "PRAGMA journal_mode=WAL";
            session << "PRAGMA synchronous=NORMAL";
            session << "PRAGMA busy_timeout=10000";
        }
    }
}

Database::~Database() = default;

}  // namespace sluice::store
