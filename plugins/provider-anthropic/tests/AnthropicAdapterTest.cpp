// provider-anthropic against recorded Anthropic fixtures, driven through its C ABI by the SDK test kit.
#include <sluice/testing.hpp>

#include <cppunit/extensions/HelperMacros.h>


namespace {

std::string fixture(const std::string& name) { return sluice::testing::readFixture(SLUICE_FIXTURES_DIR, name); }

sluice::testing::CallSpec nativeCall(bool stream = false) {
    sluice::testing::CallSpec spec;
    spec.baseUrl = "https://api.anthropic.com";
    spec.apiKey = "sk-ant-test";
    spec.upstreamModel = "claude-sonnet-4-5";
    spec.format = "anthropic-messages";
    spec.stream = stream;
    spec.requestBody = R"({"model":"claude-sonnet-4-5","max_tokens":64,"thinking":{"type":"enabled","budget_tokens":1024},)"
                       R"("messages":[{"role":"user","content":[{"type":"text","text":"Hi","cache_control":{"type":"ephemeral"}}]}]})";
    return spec;
}

std::string header(const sluice::testing::BuiltRequest& request, const std::string& name) {
    for (const auto& [key, value] : request.headers)
        if (key == name) return value;
    return {};
}

}  // namespace

class AnthropicAdapterTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(AnthropicAdapterTest);
    CPPUNIT_TEST(describesItself);
    CPPUNIT_TEST(passesANativeBodyThroughByteForByte);
    CPPUNIT_TEST(rewritesOnlyTheModelWhenTheChannelMapsIt);
    CPPUNIT_TEST(refusesFormatsItCannotTranslate);
    CPPUNIT_TEST(channelOptionsSetTheVersionAndExtraHeaders);
    CPPUNIT_TEST(readsUsageOfAMessageAndReturnsItUnchanged);
    CPPUNIT_TEST(streamsEventsAsWrittenAtEverySplitPoint);
    CPPUNIT_TEST(aStreamCutBeforeMessageStopIsAnError);
    CPPUNIT_TEST(classifiesAnthropicErrors);
    CPPUNIT_TEST_SUITE_END();

public:
    void describesItself() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        CPPUNIT_ASSERT_EQUAL(std::string("sluice/provider-anthropic"), std::string(harness.descriptor().id));
    }

    /** Thinking, cache_control and all: what the caller wrote is what Anthropic gets. */
    void passesANativeBodyThroughByteForByte() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        auto spec = nativeCall();
        auto request = harness.buildRequest(spec);
        CPPUNIT_ASSERT_EQUAL(spec.requestBody, request.body);
        CPPUNIT_ASSERT_EQUAL(std::string("https://api.anthropic.com/v1/messages"), request.url);
        CPPUNIT_ASSERT_EQUAL(std::string("sk-ant-test"), header(request, "x-api-key"));
        CPPUNIT_ASSERT_EQUAL(std::string("2023-06-01"), header(request, "anthropic-version"));
        CPPUNIT_ASSERT(header(request, "Authorization").empty());
        spec.baseUrl = "https://gateway.example/anthropic/v1/";
        CPPUNIT_ASSERT_EQUAL(std::string("https://gateway.example/anthropic/v1/messages"), harness.buildRequest(spec).url);
    }

    void rewritesOnlyTheModelWhenTheChannelMapsIt() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        auto spec = nativeCall();
        spec.upstreamModel = "claude-sonnet-4-5-20250929";
        const std::string body = harness.buildRequest(spec).body;
        CPPUNIT_ASSERT(body.find(R"("model":"claude-sonnet-4-5-20250929")") != std::string::npos);
        CPPUNIT_ASSERT(body.find(R"("cache_control":{"type":"ephemeral"})") != std::string::npos);
        CPPUNIT_ASSERT(body.find(R"("budget_tokens":1024)") != std::string::npos);
    }

    void refusesFormatsItCannotTranslate() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        sluice::testing::CallSpec spec;  // the canonical OpenAI chat format
        CPPUNIT_ASSERT_THROW(harness.buildRequest(spec), std::runtime_error);
    }

    void channelOptionsSetTheVersionAndExtraHeaders() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        auto spec = nativeCall();
        spec.channelOptions = R"({"anthropic_version":"2024-01-01","headers":{"anthropic-beta":"interleaved-thinking-2025-05-14"}})";
        auto request = harness.buildRequest(spec);
        CPPUNIT_ASSERT_EQUAL(std::string("2024-01-01"), header(request, "anthropic-version"));
        CPPUNIT_ASSERT_EQUAL(std::string("interleaved-thinking-2025-05-14"), header(request, "anthropic-beta"));
        spec.channelOptions = R"({"headers":{"X-Api-Key":"stolen"}})";
        CPPUNIT_ASSERT_THROW(harness.buildRequest(spec), std::runtime_error);
    }

    void readsUsageOfAMessageAndReturnsItUnchanged() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        sluice_usage usage{};
        const std::string body = fixture("message.json");
        CPPUNIT_ASSERT_EQUAL(body, harness.translateResponse(nativeCall(), body, usage));
        CPPUNIT_ASSERT_EQUAL(int64_t(12 + 100 + 2048), usage.prompt_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(2048), usage.cached_prompt_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(31), usage.completion_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(12 + 100 + 2048 + 31), usage.total_tokens);
    }

    void streamsEventsAsWrittenAtEverySplitPoint() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        const std::string bytes = fixture("stream_thinking.sse");
        auto whole = harness.translateStream(nativeCall(true), bytes, {});
        std::string joined;
        for (const auto& event : whole.events) joined += event;
        CPPUNIT_ASSERT_EQUAL(bytes, joined);  // the signature delta included, byte for byte
        CPPUNIT_ASSERT_EQUAL(size_t(11), whole.events.size());
        CPPUNIT_ASSERT_EQUAL(int64_t(1025), whole.usage.prompt_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(1000), whole.usage.cached_prompt_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(42), whole.usage.completion_tokens);
        for (size_t cut = 1; cut < bytes.size(); cut += 7)
            CPPUNIT_ASSERT(harness.translateStream(nativeCall(true), bytes, {cut}).events == whole.events);
    }

    void aStreamCutBeforeMessageStopIsAnError() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        const std::string bytes = fixture("stream_thinking.sse");
        CPPUNIT_ASSERT_THROW(harness.translateStream(nativeCall(true), bytes.substr(0, bytes.find("event: message_stop")), {}),
                             std::runtime_error);
    }

    void classifiesAnthropicErrors() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        std::string body;
        auto overloaded = harness.classifyError(529, {}, fixture("error_overloaded.json"), body);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_RETRYABLE, overloaded.error_class);
        CPPUNIT_ASSERT(body.find(R"("message":"Overloaded")") != std::string::npos);
        auto invalid = harness.classifyError(400, {}, fixture("error_invalid_request.json"), body);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_CLIENT, invalid.error_class);
        CPPUNIT_ASSERT_EQUAL(400, invalid.client_status);
        CPPUNIT_ASSERT(body.find("messages.0.content: Input should be a valid list") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_CHANNEL_FATAL, harness.classifyError(401, {}, "{}", body).error_class);
        CPPUNIT_ASSERT_EQUAL(429, harness.classifyError(429, {{"retry-after", "3"}}, "{}", body).client_status);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(AnthropicAdapterTest);
