// The OpenAI provider's translations, and the cost of isolation: in-process vs behind
// `sluice plugin-runner` (Arg 0 = in-process, 1 = isolated), per build_request, per
// non-streaming response and per recorded stream. Wall-clock time, since the isolated work
// runs in another process.
#include "ChatBodies.h"
#include "isolation/IsolatedProvider.h"
#include "metrics/MetricsRegistry.h"
#include "plugins/PluginFactory.h"
#include "plugins/PluginLibrary.h"
#include "plugins/ProviderPlugin.h"

#include <benchmark/benchmark.h>

#include <fstream>

namespace {

const std::string kFolder = std::string(SLUICE_PLUGINS_DIR) + "/provider-openai";

/** The same plugin loaded into this process and hosted by a plugin-runner child. */
struct Providers {
    sluice::metrics::MetricsRegistry metrics;
    std::unique_ptr<sluice::plugins::PluginLibrary> library = sluice::plugins::PluginLibrary::open(kFolder, metrics);
    std::shared_ptr<const sluice::plugins::ProviderPlugin> inProcess =
        sluice::plugins::instantiate(*library, "{}", "bench").provider;
    std::shared_ptr<const sluice::plugins::ProviderPlugin> isolated =
        sluice::isolation::startIsolatedProvider(SLUICE_BINARY, kFolder, library->manifest(), "{}");

    const sluice::plugins::ProviderPlugin& pick(int64_t mode) const { return mode ? *isolated : *inProcess; }
};

const Providers& providers() {
    static const Providers instance;
    return instance;
}

/** A call carrying body, which must outlive it. */
sluice_provider_call benchCall(const std::string& body, bool stream = true) {
    static const std::string base = "https://api.openai.com/v1", key = "sk-bench", model = "gpt-4o-mini";
    return {sizeof(sluice_provider_call),
            {base.data(), base.size()},
            {key.data(), key.size()},
            {model.data(), model.size()},
            {"{}", 2},
            {body.data(), body.size()},
            stream ? 1 : 0,
            stream ? 1 : 0,
            {"openai-chat", 11},
            {"chat", 4}};
}

/** A recorded upstream answer from the provider's fixtures. */
std::string fixture(const std::string& name) {
    std::ifstream in(std::string(SLUICE_SOURCE_DIR) + "/plugins/provider-openai/fixtures/" + name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

/**
 * Arguments: in process (0) or isolated (1); a streaming (1) or non-streaming (0) request;
 * earlier turns of the conversation (0: the short chat; 200: about 100 KB, sent without
 * stream_options, as most clients send a stream).
 */
void ProviderBuildRequest(benchmark::State& state) {
    const auto& provider = providers().pick(state.range(0));
    const std::string body = state.range(2) ? sluice::bench::longChat(state.range(2), false) : sluice::bench::kShortChat;
    const sluice_provider_call call = benchCall(body, state.range(1) != 0);
    for (auto _ : state) benchmark::DoNotOptimize(provider.buildRequest(call));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body.size()));
    state.SetLabel(std::string(state.range(0) ? "isolated" : "in-process") + (state.range(1) ? ", stream" : ", body"));
}
BENCHMARK(ProviderBuildRequest)
    ->Args({0, 1, 0})
    ->Args({1, 1, 0})
    ->Args({0, 0, 0})
    ->Args({1, 0, 0})
    ->Args({0, 1, 200})
    ->Args({0, 0, 200})
    ->Unit(benchmark::kMicrosecond)
    ->UseRealTime();

/** One recorded chat.completion body per iteration: the canonical body and its usage. */
void ProviderTranslateResponse(benchmark::State& state) {
    const auto& provider = providers().pick(state.range(0));
    const sluice_provider_call call = benchCall(sluice::bench::kShortChat, false);
    const std::string body = fixture("completion.json");
    for (auto _ : state) {
        sluice_usage usage = sluice::plugins::unknownUsage();
        benchmark::DoNotOptimize(provider.translateResponse(call, body, usage));
        benchmark::DoNotOptimize(usage);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body.size()));
    state.SetLabel(state.range(0) ? "isolated" : "in-process");
}
BENCHMARK(ProviderTranslateResponse)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond)->UseRealTime();

/** One whole stream per iteration (new, feeds of range(1) bytes, finish, destroy). */
void ProviderStreamTranslation(benchmark::State& state) {
    const auto& provider = providers().pick(state.range(0));
    const size_t piece = static_cast<size_t>(state.range(1));
    const sluice_provider_call call = benchCall(sluice::bench::kShortChat);
    const std::string stream = fixture("stream_with_usage.sse");
    size_t events = 0;
    auto count = [&events](std::string_view) { return ++events != 0; };
    for (auto _ : state) {
        auto translation = provider.openStream(call);
        for (size_t at = 0; at < stream.size(); at += piece)
            translation->feed(std::string_view(stream).substr(at, piece), count);
        benchmark::DoNotOptimize(translation->finish(count));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * stream.size()));
    state.SetLabel(state.range(0) ? "isolated" : "in-process");
}
BENCHMARK(ProviderStreamTranslation)
    ->Args({0, 16384})
    ->Args({1, 16384})
    ->Args({0, 128})
    ->Args({1, 128})
    ->Unit(benchmark::kMicrosecond)
    ->UseRealTime();

}  // namespace
