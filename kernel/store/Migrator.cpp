#include "store/Migrator.h"

#include "store/WriteTransaction.h"
#include "util/Clock.h"

#include <soci/soci.h>

#include <stdexcept>

namespace sluice::store {

namespace {

std::vector<std::string> splitStatements(std::string_view sql) {
    std::vector<std::string> statements;
    std::string current;
    size_t pos = 0;
    while (pos < sql.size()) {
        size_t end = sql.find('\n', pos);
        std::string_view line = sql.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        pos = end == std::string_view::npos ? sql.size() : end + 1;
        if (line.substr(0, 2) == "--") continue;
        current.append(line).push_back('\n');
        if (!line.empty() && line.back() == ';') {
            current.erase(current.find_last_of(';'));
            statements.push_back(std::move(current));
            current.clear();
        }
    }
    if (current.find_first_not_of(" \t\n") != std::string::npos) statements.push_back(current);
    return statements;
}

}  // namespace

Migrator::Migrator(Database& database, const std::vector<Migration>& migrations)
    : database_(database), migrations_(migrations) {}

void Migrator::ensureVersionTable(soci::session& sql) {
    sql << "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name VARCHAR(191) NOT NULL, "
           "applied_at BIGINT NOT NULL)";
}

int Migrator::currentVersion() {
    soci::session sql(database_.pool());
    ensureVersionTable(sql);
    return recordedVersion(sql);
}

int Migrator::recordedVersion(soci::session& sql) {
    long long version = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
    return ind == soci::i_ok ? static_cast<int>(version) : 0;
}

bool Migrator::apply(soci::session& sql, const Migration& migration) {
    WriteTransaction transaction(sql, database_.dialect());
    if (recordedVersion(sql) >= migration.version) return false;  // another process applied it meanwhile
    for (const std::string& statement : splitStatements(migration.sql)) sql << statement;
    long long version = migration.version, now = util::unixMillis();
    std::string name(migration.name);
    sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)", soci::use(version),
        soci::use(name), soci::use(now);
    transaction.commit();
    return true;
}

int Migrator::migrate() {
    soci::session sql(database_.pool());
    ensureVersionTable(sql);
    // MySQL DDL commits implicitly, so concurrent starters are serialised by a named lock;
    // on SQLite the BEGIN IMMEDIATE of each migration does that.
    if (database_.dialect() == Dialect::MySql) {
        int locked = 0;
        sql << "SELECT GET_LOCK('sluice_migrations', 60)", soci::into(locked);
        if (locked != 1) throw std::runtime_error("could not take the migration lock within 60 s");
    }
    int applied = 0;
    try {
        for (const Migration& migration : migrations_) {
            if (migration.dialect != database_.dialect()) continue;
            try {
                applied += apply(sql, migration) ? 1 : 0;
            } catch (const std::exception& e) {
                throw std::runtime_error("migration " + std::string(migration.name) + " failed: " + e.what());
            }
        }
    } catch (...) {
        if (database_.dialect() == Dialect::MySql) sql << "SELECT RELEASE_LOCK('sluice_migrations')";
        throw;
    }
    if (database_.dialect() == Dialect::MySql) sql << "SELECT RELEASE_LOCK('sluice_migrations')";
    return applied;
}

}  // namespace sluice::store
