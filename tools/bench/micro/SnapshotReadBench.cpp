// Reading the catalog snapshot at the start of a request, from one loop and from two at once.
#include "util/LocalSnapshot.h"

#include <benchmark/benchmark.h>

#include <memory>

namespace {

sluice::util::Published<int> published(std::make_shared<const int>(42));

/** What a request did before per-loop copies: std::atomic<std::shared_ptr>::load and release. */
void SnapshotReadShared(benchmark::State& state) {
    for (auto _ : state) {
        std::shared_ptr<const int> snapshot = published.current();
        benchmark::DoNotOptimize(snapshot.get());
    }
}
BENCHMARK(SnapshotReadShared)->Threads(1)->Threads(2);

/** What a request does now: its loop's LocalSnapshot, copied and released. */
void SnapshotReadLocal(benchmark::State& state) {
    sluice::util::LocalSnapshot<int> local(published);
    for (auto _ : state) {
        std::shared_ptr<const int> snapshot = local.get();
        benchmark::DoNotOptimize(snapshot.get());
    }
}
BENCHMARK(SnapshotReadLocal)->Threads(1)->Threads(2);

}  // namespace
