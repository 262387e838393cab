// Stream-side work: SSE parsing and OpenAI stream translation with usage extraction.
#include <sluice/openai_compatible.hpp>
#include <sluice/sse_parser.hpp>

#include <benchmark/benchmark.h>

namespace {

/** A 200-chunk OpenAI stream with a usage chunk, as an upstream sends it. */
std::string recordedStream() {
    std::string out;
    for (int i = 0; i < 200; ++i)
        out += R"(data: {"id":"chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT","object":"chat.completion.chunk","created":1741569952,)"
               R"("model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_06737a9306","choices":[{"index":0,"delta":)"
               R"({"content":" token"},"logprobs":null,"finish_reason":null}],"usage":null})"
               "\n\n";
    out += R"(data: {"id":"x","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":19,"completion_tokens":200,"total_tokens":219}})"
           "\n\ndata: [DONE]\n\n";
    return out;
}

void SseParsing(benchmark::State& state) {
    const std::string stream = recordedStream();
    const size_t piece = static_cast<size_t>(state.range(0));
    for (auto _ : state) {
        sluice::SseParser parser;
        size_t events = 0;
        for (size_t at = 0; at < stream.size(); at += piece)
            parser.feed(std::string_view(stream).substr(at, piece), [&](const auto&) { ++events; });
        benchmark::DoNotOptimize(events);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * stream.size()));
}
BENCHMARK(SseParsing)->Arg(1400)->Arg(16384);

void OpenAiStreamTranslation(benchmark::State& state) {
    const std::string stream = recordedStream();
    sluice_writer discard{nullptr, [](void*, const char*, size_t) { return SLUICE_OK; }};
    for (auto _ : state) {
        sluice::openai::StreamPassThrough translator(true);
        sluice::Sink sink(&discard);
        for (size_t at = 0; at < stream.size(); at += 16384)
            translator.feed(std::string_view(stream).substr(at, 16384), sink);
        benchmark::DoNotOptimize(translator.finish(sink));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * stream.size()));
}
BENCHMARK(OpenAiStreamTranslation);

}  // namespace
