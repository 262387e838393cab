// provider-mock: deterministic local answers in OpenAI's format, through the C ABI.
#include <sluice/testing.hpp>

#include <sluice/json.hpp>

#include <cppunit/extensions/HelperMacros.h>
#include <rapidjson/document.h>

namespace {

struct LocalRun {
    int status = 0;
    std::vector<std::string> writes;
};

LocalRun serve(sluice::testing::ProviderHarness& harness, const sluice::testing::CallSpec& spec) {
    auto vtable = static_cast<const sluice_provider_vtable*>(harness.descriptor().vtable);
    void* instance = nullptr;
    sluice::testing::Collector out, err;
    vtable->create(harness.host().api(), {"{\"chunk_delay_ms\":0}", 20}, &instance, err.abi());
    sluice_provider_call call = spec.abi();
    LocalRun run;
    int32_t status = 0;
    if (vtable->serve_locally(instance, &call, &status, out.abi(), err.abi()) != SLUICE_OK)
        throw std::runtime_error(err.joined());
    vtable->destroy(instance);
    run.status = status;
    run.writes = out.units;
    return run;
}

}  // namespace

class MockProviderTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(MockProviderTest);
    CPPUNIT_TEST(answersWholeCompletionWithUsage);
    CPPUNIT_TEST(streamsWordByWordThenUsageThenDone);
    CPPUNIT_TEST(streamTranslatesLikeOpenAi);
    CPPUNIT_TEST(rejectsBadConfig);
    CPPUNIT_TEST_SUITE_END();

public:
    void answersWholeCompletionWithUsage() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        sluice::testing::CallSpec spec;
        spec.requestBody = R"({"model":"mock","messages":[{"role":"user","content":"ping pong"}]})";
        auto run = serve(harness, spec);
        CPPUNIT_ASSERT_EQUAL(200, run.status);
        rapidjson::Document body;
        sluice::json::parse(body, run.writes.at(0));
        std::string content = body["choices"][0]["message"]["content"].GetString();
        CPPUNIT_ASSERT(content.find("ping pong") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(body["usage"]["completion_tokens"].GetInt() + body["usage"]["prompt_tokens"].GetInt(),
                             body["usage"]["total_tokens"].GetInt());
    }

    void streamsWordByWordThenUsageThenDone() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        sluice::testing::CallSpec spec;
        spec.stream = true;
        spec.requestBody = R"({"model":"mock","messages":[{"role":"user","content":"one two three"}]})";
        auto run = serve(harness, spec);
        CPPUNIT_ASSERT(run.writes.size() > 5);
        CPPUNIT_ASSERT(run.writes.front().find("\"role\":\"assistant\"") != std::string::npos);
        CPPUNIT_ASSERT(run.writes[run.writes.size() - 2].find("\"usage\"") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(std::string("data: [DONE]\n\n"), run.writes.back());
    }

    void streamTranslatesLikeOpenAi() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        sluice::testing::CallSpec spec;
        spec.stream = true;
        auto run = serve(harness, spec);
        std::string bytes;
        for (const auto& w : run.writes) bytes += w;
        auto result = harness.translateStream(spec, bytes, {bytes.size() / 3, bytes.size() / 2});
        CPPUNIT_ASSERT_EQUAL(run.writes.size() - 1, result.events.size());
        CPPUNIT_ASSERT(result.usage.total_tokens > 0);
    }

    void rejectsBadConfig() {
        CPPUNIT_ASSERT_THROW(sluice::testing::ProviderHarness(&sluice_plugin_entry_v1, R"({"chunk_delay_ms":-1})"),
                             std::runtime_error);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(MockProviderTest);
