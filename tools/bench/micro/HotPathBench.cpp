// Per-request work the kernel does before and after the upstream call.
#include "ChatBodies.h"
#include "catalog/Catalog.h"
#include "pipeline/ChatRequest.h"
#include "routing/ChannelSelector.h"
#include "util/Secrets.h"

#include <benchmark/benchmark.h>

namespace {

std::shared_ptr<sluice::catalog::Catalog> sampleCatalog(int tokens, int channels) {
    std::vector<std::unique_ptr<sluice::catalog::Channel>> list;
    for (int i = 0; i < channels; ++i) {
        auto c = std::make_unique<sluice::catalog::Channel>();
        c->id = i + 1;
        c->name = "channel-" + std::to_string(i);
        c->models = {"gpt-4o-mini", "gpt-4o", "model-" + std::to_string(i)};
        c->groups = {"default"};
        c->priority = i % 3;
        c->weight = 1 + i % 4;
        list.push_back(std::move(c));
    }
    std::vector<sluice::catalog::Token> tokenList;
    for (int i = 0; i < tokens; ++i) {
        sluice::catalog::Token t;
        t.id = i + 1;
        t.name = "token-" + std::to_string(i);
        t.keyHash = sluice::util::sha256Hex("sk-bench-" + std::to_string(i));
        t.models = {"*"};
        tokenList.push_back(std::move(t));
    }
    return std::make_shared<sluice::catalog::Catalog>(std::move(list), std::move(tokenList), 1);
}

/** Argument: earlier turns in the conversation (0: the short body; 200: about 100 KB). */
void RequestValidation(benchmark::State& state) {
    const std::string body = sluice::bench::longChat(state.range(0));
    for (auto _ : state) benchmark::DoNotOptimize(sluice::pipeline::ChatRequest::parse(body));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body.size()));
}
BENCHMARK(RequestValidation)->Arg(0)->Arg(200);

void TokenLookup(benchmark::State& state) {
    auto catalog = sampleCatalog(static_cast<int>(state.range(0)), 4);
    std::string key = "sk-bench-" + std::to_string(state.range(0) / 2);
    for (auto _ : state) benchmark::DoNotOptimize(catalog->findToken(sluice::util::sha256Hex(key)));
}
BENCHMARK(TokenLookup)->Arg(100)->Arg(100000);

void ChannelSelection(benchmark::State& state) {
    auto catalog = sampleCatalog(10, static_cast<int>(state.range(0)));
    std::mt19937_64 random(1);
    for (auto _ : state) {
        auto candidates = catalog->channelsFor("gpt-4o-mini", "default");
        benchmark::DoNotOptimize(sluice::routing::ChannelSelector::order(std::move(candidates), random, 3));
    }
}
BENCHMARK(ChannelSelection)->Arg(4)->Arg(64)->Arg(1024);

}  // namespace
