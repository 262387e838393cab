// The measurement behind the JSON choice on the request path: the same chat
// bodies read with Poco::JSON (the design card's library) and with RapidJSON
// (what the kernel and the SDK use), each taking what the gateway needs from
// a request: "model" and "stream".
#include <sluice/json.hpp>
#include <sluice/openai_compatible.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <benchmark/benchmark.h>

#include <string>

namespace {

/** A chat body of `turns` user/assistant exchanges (turns = 1: ~300 bytes; 64: ~20 KB). */
std::string chatBody(int turns) {
    std::string body = R"({"model":"gpt-4o-mini","stream":false,"temperature":0.7,"messages":[)"
                       R"({"role":"system","content":"You are a helpful assistant that answers briefly."})";
    for (int i = 0; i < turns; ++i) {
        body += R"(,{"role":"user","content":"Question )" + std::to_string(i) +
                R"(: what is the capital of France, and why is it famous? Answer in two sentences."})";
        body += R"(,{"role":"assistant","content":"Paris is the capital of France. It is famous for the Eiffel )"
                R"(Tower, the Louvre and its caf\u00e9s."})";
    }
    return body + "]}";
}

void PocoJsonDom(benchmark::State& state) {
    const std::string body = chatBody(static_cast<int>(state.range(0)));
    Poco::JSON::Parser parser;
    for (auto _ : state) {
        parser.reset();
        auto object = parser.parse(body).extract<Poco::JSON::Object::Ptr>();
        benchmark::DoNotOptimize(object->getValue<std::string>("model"));
        benchmark::DoNotOptimize(object->getValue<bool>("stream"));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body.size()));
}
BENCHMARK(PocoJsonDom)->Arg(1)->Arg(64);

void RapidJsonDom(benchmark::State& state) {
    const std::string body = chatBody(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        sluice::json::StackDocument<> doc;
        doc->Parse<rapidjson::kParseValidateEncodingFlag>(body.data(), body.size());
        benchmark::DoNotOptimize(doc->FindMember("model")->value.GetString());
        benchmark::DoNotOptimize(doc->FindMember("stream")->value.GetBool());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body.size()));
}
BENCHMARK(RapidJsonDom)->Arg(1)->Arg(64);

/** What provider-openai does with a body it forwards unchanged: a SAX read that stops at the root "model". */
void RapidJsonRootModelOnly(benchmark::State& state) {
    const std::string body = chatBody(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(sluice::openai::rootModel(body));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * body.size()));
}
BENCHMARK(RapidJsonRootModelOnly)->Arg(1)->Arg(64);

}  // namespace
