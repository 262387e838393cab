// provider-openai against recorded OpenAI fixtures, driven through its C ABI by the SDK test kit.
#include <sluice/testing.hpp>

#include <sluice/json.hpp>

#include <cppunit/extensions/HelperMacros.h>
#include <rapidjson/document.h>


namespace {

std::string fixture(const std::string& name) { return sluice::testing::readFixture(SLUICE_FIXTURES_DIR, name); }

sluice::testing::CallSpec streamCall(bool includeUsage) {
    sluice::testing::CallSpec spec;
    spec.stream = true;
    spec.includeUsage = includeUsage;
    return spec;
}

}  // namespace

class OpenAiAdapterTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(OpenAiAdapterTest);
    CPPUNIT_TEST(describesItself);
    CPPUNIT_TEST(buildsRequestWithMappedModelAndKey);
    CPPUNIT_TEST(requestsUsageOnStreams);
    CPPUNIT_TEST(passesAnUnchangedBodyThroughByteForByte);
    CPPUNIT_TEST(streamsAskForUsageWithTheRestOfTheBodyUntouched);
    CPPUNIT_TEST(aStreamAskingForUsageAlreadyGoesThroughByteForByte);
    CPPUNIT_TEST(aStreamDecliningUsageIsRewrittenToAskForIt);
    CPPUNIT_TEST(neverForwardsAStreamBodyPastANul);
    CPPUNIT_TEST(sendsARepeatedModelOrUsageMemberOnce);
    CPPUNIT_TEST(rejectsNonObjectBody);
    CPPUNIT_TEST(readsUsageOfCompletion);
    CPPUNIT_TEST(readsRootUsageWhateverTheTextSays);
    CPPUNIT_TEST(streamIsIdenticalAtEverySplitPoint);
    CPPUNIT_TEST(dropsUsageChunkCallerDidNotAskFor);
    CPPUNIT_TEST(keepsToolCallDeltasAcrossCrlfStream);
    CPPUNIT_TEST(truncatedStreamIsAnError);
    CPPUNIT_TEST(refusesAnEndlessStreamEvent);
    CPPUNIT_TEST(readsSpacedMembersOfAStreamWithoutDoneMarker);
    CPPUNIT_TEST(channelOptionsAddHeaders);
    CPPUNIT_TEST(classifiesUpstreamErrors);
    CPPUNIT_TEST(rejectsBadConfig);
    CPPUNIT_TEST(survivesAHostileUpstreamsDeepNesting);
    CPPUNIT_TEST_SUITE_END();

public:
    void describesItself() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        CPPUNIT_ASSERT_EQUAL(std::string("sluice/provider-openai"), std::string(harness.descriptor().id));
        CPPUNIT_ASSERT_EQUAL(1u, harness.descriptor().abi_major);
    }

    void buildsRequestWithMappedModelAndKey() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1, R"({"organization":"org-42"})");
        sluice::testing::CallSpec spec;
        spec.baseUrl = "http://127.0.0.1:9/v1/";
        spec.upstreamModel = "gpt-4o-mini";
        spec.requestBody = R"({"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"temperature":0.2})";
        auto request = harness.buildRequest(spec);
        CPPUNIT_ASSERT_EQUAL(std::string("POST"), request.method);
        CPPUNIT_ASSERT_EQUAL(std::string("http://127.0.0.1:9/v1/chat/completions"), request.url);
        CPPUNIT_ASSERT_EQUAL(std::string("Bearer sk-upstream-test"), request.header("Authorization"));
        CPPUNIT_ASSERT_EQUAL(std::string("org-42"), request.header("OpenAI-Organization"));
        rapidjson::Document body;
        sluice::json::parse(body, request.body);
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4o-mini"), std::string(body["model"].GetString()));
        CPPUNIT_ASSERT_EQUAL(0.2, body["temperature"].GetDouble());
        CPPUNIT_ASSERT(!body.HasMember("stream_options"));
    }

    void requestsUsageOnStreams() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        auto spec = streamCall(false);
        spec.requestBody = R"({"model":"m","stream":true,"stream_options":{"include_usage":false},"messages":[]})";
        rapidjson::Document body;
        sluice::json::parse(body, harness.buildRequest(spec).body);
        CPPUNIT_ASSERT(body["stream_options"]["include_usage"].GetBool());
        CPPUNIT_ASSERT_EQUAL(std::string("text/event-stream"), harness.buildRequest(spec).header("Accept"));
    }

    void passesAnUnchangedBodyThroughByteForByte() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        sluice::testing::CallSpec spec;
        spec.upstreamModel = "gpt-4o-mini";
        spec.requestBody = R"({ "messages": [{"role": "user", "content": "hi", "model": "not-this-one"}],
                               "model" : "gpt-4o-mini", "temperature": 0.2 })";
        CPPUNIT_ASSERT_EQUAL(spec.requestBody, harness.buildRequest(spec).body);
        spec.upstreamModel = "gpt-4o";
        rapidjson::Document mapped;
        sluice::json::parse(mapped, harness.buildRequest(spec).body);
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4o"), std::string(mapped["model"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("not-this-one"), std::string(mapped["messages"][0]["model"].GetString()));
    }

    void streamsAskForUsageWithTheRestOfTheBodyUntouched() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        auto spec = streamCall(false);
        const std::string rest = R"( "model" : "gpt-4o-mini", "stream": true,
            "messages": [{"role": "user", "content": "a \"stream_options\" here", "stream_options": {"include_usage": true}}] })";
        spec.requestBody = "{" + rest;
        CPPUNIT_ASSERT_EQUAL(R"({"stream_options":{"include_usage":true},)" + rest, harness.buildRequest(spec).body);
    }

    void aStreamAskingForUsageAlreadyGoesThroughByteForByte() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        auto spec = streamCall(true);
        spec.requestBody = R"({"model":"gpt-4o-mini","stream":true,
            "stream_options":{"extra":{"include_usage":false},"include_usage":true},"messages":[]})";
        CPPUNIT_ASSERT_EQUAL(spec.requestBody, harness.buildRequest(spec).body);
    }

    void aStreamDecliningUsageIsRewrittenToAskForIt() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        auto spec = streamCall(false);
        spec.requestBody = R"({"model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":false},"messages":[]})";
        rapidjson::Document body;
        sluice::json::parse(body, harness.buildRequest(spec).body);
        CPPUNIT_ASSERT(body["stream_options"]["include_usage"].GetBool());
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4o-mini"), std::string(body["model"].GetString()));
    }

    void neverForwardsAStreamBodyPastANul() {  // RapidJSON reads a NUL as the end of its input
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        auto spec = streamCall(false);
        spec.requestBody = std::string(R"({"model":"gpt-4o-mini","messages":[]})") + '\0' + R"({"model":"other"})";
        const std::string sent = harness.buildRequest(spec).body;
        CPPUNIT_ASSERT(sent.find('\0') == std::string::npos && sent.find("other") == std::string::npos);
        rapidjson::Document body;
        sluice::json::parse(body, sent);
        CPPUNIT_ASSERT(body["stream_options"]["include_usage"].GetBool());
    }

    void sendsARepeatedModelOrUsageMemberOnce() {  // parsers differ on which of two counts
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        auto spec = streamCall(false);
        spec.requestBody = R"({"model":"gpt-4o-mini","stream":true,"model":"gpt-4o-mini",
            "stream_options":{"include_usage":true,"include_usage":false},"messages":[]})";
        const std::string sent = harness.buildRequest(spec).body;
        auto count = [&sent](const std::string& text) {
            size_t n = 0;
            for (size_t at = sent.find(text); at != std::string::npos; at = sent.find(text, at + 1)) ++n;
            return n;
        };
        CPPUNIT_ASSERT_EQUAL(size_t(1), count(R"("model")"));
        CPPUNIT_ASSERT_EQUAL(size_t(1), count(R"("include_usage":true)"));
        CPPUNIT_ASSERT_EQUAL(size_t(1), count(R"("include_usage")"));
    }

    void rejectsNonObjectBody() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        sluice::testing::CallSpec spec;
        spec.requestBody = "[1,2]";
        CPPUNIT_ASSERT_THROW(harness.buildRequest(spec), std::runtime_error);
    }

    void readsUsageOfCompletion() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        sluice_usage usage{};
        std::string body = fixture("completion.json");
        std::string out = harness.translateResponse({}, body, usage);
        CPPUNIT_ASSERT_EQUAL(body, out);
        CPPUNIT_ASSERT_EQUAL(int64_t(1117), usage.prompt_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(46), usage.completion_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(1163), usage.total_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(1024), usage.cached_prompt_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(12), usage.reasoning_tokens);
        CPPUNIT_ASSERT_THROW(harness.translateResponse({}, "<html>bad gateway</html>", usage), std::runtime_error);
    }

    /** The usage read is the root member's, wherever it stands, never one quoted in the generated text. */
    void readsRootUsageWhateverTheTextSays() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        sluice_usage usage{};
        harness.translateResponse({},
                                  R"({"id":"c1","choices":[{"index":0,"message":{"role":"assistant",)"
                                  R"("content":"It said \"usage\": {\"total_tokens\": 999}"},"finish_reason":"stop"}],)"
                                  R"("usage" : {"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}})",
                                  usage);
        CPPUNIT_ASSERT_EQUAL(int64_t(7), usage.total_tokens);
        harness.translateResponse({},
                                  R"({"usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6},"id":"c2",)"
                                  R"("choices":[{"index":0,"message":{"role":"assistant","content":"usage"},)"
                                  R"("finish_reason":"stop"}]})",
                                  usage);
        CPPUNIT_ASSERT_EQUAL(int64_t(5), usage.prompt_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(6), usage.total_tokens);
    }

    void streamIsIdenticalAtEverySplitPoint() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        std::string bytes = fixture("stream_with_usage.sse");
        auto whole = harness.translateStream(streamCall(true), bytes, {});
        CPPUNIT_ASSERT_EQUAL(size_t(6), whole.events.size());
        CPPUNIT_ASSERT_EQUAL(std::string("data: [DONE]\n\n"), whole.events.back());
        CPPUNIT_ASSERT_EQUAL(int64_t(29), whole.usage.total_tokens);
        for (size_t a = 1; a < bytes.size(); ++a) {
            auto split = harness.translateStream(streamCall(true), bytes, {a});
            CPPUNIT_ASSERT_MESSAGE("split at " + std::to_string(a), split.events == whole.events);
            CPPUNIT_ASSERT_EQUAL(int64_t(19), split.usage.prompt_tokens);
        }
        std::vector<size_t> everyByte;
        for (size_t i = 1; i < bytes.size(); ++i) everyByte.push_back(i);
        CPPUNIT_ASSERT(harness.translateStream(streamCall(true), bytes, everyByte).events == whole.events);
    }

    void dropsUsageChunkCallerDidNotAskFor() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        auto result = harness.translateStream(streamCall(false), fixture("stream_with_usage.sse"), {});
        CPPUNIT_ASSERT_EQUAL(size_t(5), result.events.size());
        for (const auto& event : result.events) CPPUNIT_ASSERT(event.find("\"choices\":[]") == std::string::npos);
        CPPUNIT_ASSERT_EQUAL(int64_t(10), result.usage.completion_tokens);
    }

    void keepsToolCallDeltasAcrossCrlfStream() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        std::string bytes = fixture("stream_tool_calls_crlf.sse");
        auto whole = harness.translateStream(streamCall(false), bytes, {});
        CPPUNIT_ASSERT_EQUAL(size_t(5), whole.events.size());
        CPPUNIT_ASSERT(whole.events[0].find("\"id\":\"call_abc123\"") != std::string::npos);
        CPPUNIT_ASSERT(whole.events[1].find(R"(\"city\":)") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(int64_t(69), whole.usage.total_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(32), whole.usage.cached_prompt_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(4), whole.usage.reasoning_tokens);
        for (size_t a = 1; a < bytes.size(); a += 3)
            CPPUNIT_ASSERT(harness.translateStream(streamCall(false), bytes, {a, std::min(a + 1, bytes.size())}).events ==
                           whole.events);
    }

    void truncatedStreamIsAnError() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        std::string bytes = fixture("stream_with_usage.sse");
        std::string cut = bytes.substr(0, bytes.find("\"finish_reason\":\"stop\""));
        CPPUNIT_ASSERT_THROW(harness.translateStream(streamCall(true), cut, {}), std::runtime_error);
    }

    void refusesAnEndlessStreamEvent() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        std::string bytes = "data: {\"choices\":[{\"delta\":{\"content\":\"" + std::string(2 << 20, 'a');
        std::vector<size_t> cuts;
        for (size_t at = 16384; at < bytes.size(); at += 16384) cuts.push_back(at);
        try {
            harness.translateStream(streamCall(true), bytes, cuts);
            CPPUNIT_FAIL("an event past the SSE parser's limit was accepted");
        } catch (const std::runtime_error& e) {
            const std::string message = e.what();
            const std::string invalidInput = "plugin returned status " + std::to_string(SLUICE_ERR_INVALID_INPUT) + ":";
            CPPUNIT_ASSERT_MESSAGE(message, message.find(invalidInput) == 0);
            CPPUNIT_ASSERT_MESSAGE(message, message.find("larger than 1048576 bytes") != std::string::npos);
        }
    }

    /** Compatible vendors put spaces around colons and may end with finish_reason but no [DONE]. */
    void readsSpacedMembersOfAStreamWithoutDoneMarker() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        const std::string bytes =
            "data: {\"choices\": [{\"delta\": {\"content\": \"\\\"usage\\\": {\"}, \"finish_reason\": null}], \"usage\": null}\n\n"
            "data: {\"choices\": [{\"delta\": {}, \"finish_reason\" : \"stop\"}]}\n\n"
            "data: {\"choices\": [], \"usage\" :\t {\"prompt_tokens\": 7, \"completion_tokens\": 2, \"total_tokens\": 9}}\n\n";
        auto result = harness.translateStream(streamCall(false), bytes, {});
        CPPUNIT_ASSERT_EQUAL(size_t(2), result.events.size());
        CPPUNIT_ASSERT_EQUAL(int64_t(9), result.usage.total_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(7), result.usage.prompt_tokens);
    }

    void channelOptionsAddHeaders() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1, R"({"organization":"org-default"})");
        sluice::testing::CallSpec spec;
        spec.channelOptions = R"({"organization":"org-channel","headers":{"HTTP-Referer":"https://example.org"}})";
        auto request = harness.buildRequest(spec);
        CPPUNIT_ASSERT_EQUAL(std::string("org-channel"), request.header("OpenAI-Organization"));
        CPPUNIT_ASSERT_EQUAL(std::string("https://example.org"), request.header("HTTP-Referer"));
        spec.channelOptions = R"({"headers":{"Authorization":"Bearer stolen"}})";
        CPPUNIT_ASSERT_THROW(harness.buildRequest(spec), std::runtime_error);
    }

    void classifiesUpstreamErrors() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        std::string message;
        auto badKey = harness.classifyError(401, {}, fixture("error_invalid_key.json"), message);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_CHANNEL_FATAL, badKey.error_class);
        CPPUNIT_ASSERT_EQUAL(502, badKey.client_status);
        CPPUNIT_ASSERT(message.find("Incorrect API key") != std::string::npos);
        auto limited = harness.classifyError(429, {{"retry-after", "7"}}, fixture("error_rate_limit.json"), message);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_RETRYABLE, limited.error_class);
        CPPUNIT_ASSERT_EQUAL(429, limited.client_status);
        CPPUNIT_ASSERT_EQUAL(int64_t(7000), limited.retry_after_ms);
        auto broke = harness.classifyError(429, {}, fixture("error_insufficient_quota.json"), message);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_CHANNEL_FATAL, broke.error_class);
        auto tooLong = harness.classifyError(400, {}, fixture("error_context_length.json"), message);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_CLIENT, tooLong.error_class);
        CPPUNIT_ASSERT_EQUAL(400, tooLong.client_status);
        CPPUNIT_ASSERT_EQUAL(fixture("error_context_length.json"), message);
        auto down = harness.classifyError(503, {}, "<html>Service Unavailable</html>", message);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_RETRYABLE, down.error_class);
        CPPUNIT_ASSERT_EQUAL(502, down.client_status);
        CPPUNIT_ASSERT(message.find(R"("error":{"message":"upstream returned HTTP 503)") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_RETRYABLE, harness.classifyError(404, {}, "{}", message).error_class);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_RETRYABLE, harness.classifyError(301, {}, "", message).error_class);
    }

    void rejectsBadConfig() {
        CPPUNIT_ASSERT_THROW(sluice::testing::ProviderHarness(&sluice_plugin_entry_v1, R"({"organization":7})"),
                             std::runtime_error);
        CPPUNIT_ASSERT_THROW(sluice::testing::ProviderHarness(&sluice_plugin_entry_v1, "not json"), std::runtime_error);
    }

    /**
     * A compromised upstream's usage nested a million deep, as a body, as a
     * stream event (200,000 deep there, as large as an event may be) and as an
     * error body: each is refused or passed on as bytes,
     * never recursed into (the probe's input crashed the gateway).
     */
    void survivesAHostileUpstreamsDeepNesting() {
        sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
        std::string deep;
        for (int i = 0; i < 1000000; ++i) deep += R"({"a":)";
        sluice_usage usage{};
        CPPUNIT_ASSERT_THROW(harness.translateResponse({}, R"({"choices":[],"usage":)" + deep, usage), std::runtime_error);
        std::string deepArray(1000000, '[');
        harness.translateResponse({}, R"({"x":)" + deepArray + R"(,"usage":{"prompt_tokens":2,"completion_tokens":1,"total_tokens":3}})", usage);
        CPPUNIT_ASSERT_EQUAL(int64_t(3), usage.total_tokens);
        const std::string deepEvent = deep.substr(0, 200000 * 5);  // as deep as fits the SSE parser's 1 MiB an event
        const std::string event = R"(data: {"choices":[],"usage":)" + deepEvent + "\n\n";
        auto result = harness.translateStream(streamCall(true), event + "data: [DONE]\n\n", {});
        CPPUNIT_ASSERT_EQUAL(size_t(2), result.events.size());
        std::string errorBody;
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_RETRYABLE, harness.classifyError(500, {}, R"({"error":)" + deep, errorBody).error_class);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(OpenAiAdapterTest);
