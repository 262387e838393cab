// How many usage rows per second the batched writer stores, measured alone:
// SQLite always, with and without the kill -9 journal; MySQL/MariaDB when
// SLUICE_BENCH_MYSQL_URL names a database. UsageRecording times what a loop
// pays per request to record a row, journal or not.
#include "store/Migrator.h"
#include "usage/UsageWriter.h"

#include <benchmark/benchmark.h>

#include <Poco/File.h>
#include <Poco/TemporaryFile.h>

#include <cstdlib>
#include <soci/soci.h>

namespace {

sluice::usage::UsageRecord sampleRow(int64_t i) {
    sluice::usage::UsageRecord r;
    r.requestId = "bench-" + std::to_string(i);
    r.createdAt = 1700000000000 + i;
    r.tokenId = 1;
    r.model = "gpt-4o-mini";
    r.upstreamModel = "gpt-4o-mini-2024-07-18";
    r.channelId = 2;
    r.status = 200;
    r.latencyMs = 12;
    r.firstByteMs = 3;
    r.promptTokens = 19;
    r.completionTokens = 200;
    r.totalTokens = 219;
    return r;
}

/** Records state.range(0) rows and waits until all are stored; reports rows/s. */
void writeRows(benchmark::State& state, const std::string& url, const std::string& journal = {}) {
    sluice::store::Database database(url, 2);
    sluice::store::Migrator(database, sluice::store::embeddedMigrations()).migrate();
    const int64_t rows = state.range(0);
    int64_t next = 0;
    for (auto _ : state) {
        sluice::usage::UsageWriter writer(database, 100, 1000, journal);
        for (int64_t i = 0; i < rows; ++i) writer.record(sampleRow(next++));
        writer.stop();
    }
    soci::session sql(database.pool());
    long long stored = 0;
    sql << "SELECT COUNT(*) FROM usage_log", soci::into(stored);
    if (stored != next) state.SkipWithError("rows were lost: the writer did not store every row");
    state.SetItemsProcessed(state.iterations() * rows);
    sql << "DELETE FROM usage_log";
}

void UsageWriterSqlite(benchmark::State& state) {
    std::string dir = Poco::TemporaryFile::tempName("/tmp");
    Poco::File(dir).createDirectories();
    writeRows(state, "sqlite://" + dir + "/bench.db", state.range(1) ? dir + "/usage-journal" : "");
    Poco::File(dir).remove(true);
}
BENCHMARK(UsageWriterSqlite)->Args({50000, 0})->Args({50000, 1})->Unit(benchmark::kMillisecond)->UseRealTime();

/** The recording thread's cost per row (what an event loop pays per request); arg 1 journals each row. */
void UsageRecording(benchmark::State& state) {
    std::string dir = Poco::TemporaryFile::tempName("/tmp");
    Poco::File(dir).createDirectories();
    {
        sluice::store::Database database("sqlite://" + dir + "/bench.db", 2);
        sluice::store::Migrator(database, sluice::store::embeddedMigrations()).migrate();
        sluice::usage::UsageWriter writer(database, 100, 1000, state.range(0) ? dir + "/usage-journal" : "");
        int64_t next = 0;
        for (auto _ : state) writer.record(sampleRow(next++));
        state.SetItemsProcessed(state.iterations());
    }
    Poco::File(dir).remove(true);
}
BENCHMARK(UsageRecording)->Arg(0)->Arg(1);

void UsageWriterMySql(benchmark::State& state) {
    const char* url = std::getenv("SLUICE_BENCH_MYSQL_URL");
    if (!url) {
        state.SkipWithError("set SLUICE_BENCH_MYSQL_URL (e.g. run under tests/integration/with-mariadb.sh)");
        return;
    }
    writeRows(state, url);
}
BENCHMARK(UsageWriterMySql)->Arg(50000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
