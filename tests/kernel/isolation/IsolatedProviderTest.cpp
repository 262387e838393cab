// A provider plugin run by `sluice plugin-runner` behaves byte for byte like the same plugin
// in-process, survives its own crashes call by call, and leaves no process behind.
#include "isolation/ChildReaper.h"
#include "isolation/IsolatedProvider.h"
#include "isolation/RunnerProcess.h"
#include "metrics/MetricsRegistry.h"
#include "plugins/PluginFactory.h"
#include "plugins/PluginFailure.h"
#include "plugins/PluginLibrary.h"
#include "plugins/PluginRefusal.h"
#include "support/ThreadCpus.h"
#include "support/Thrown.h"
#include "util/CpuAffinity.h"

#include <Poco/DirectoryIterator.h>
#include <Poco/NumberParser.h>

#include <cppunit/extensions/HelperMacros.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <unistd.h>

using sluice::isolation::startIsolatedProvider;
using sluice::plugins::HeaderList;
using sluice::plugins::PluginLibrary;
using sluice::plugins::PluginManifest;
using sluice::plugins::ProviderPlugin;

namespace {

const std::string kOpenAiFolder = std::string(SLUICE_PLUGINS_DIR) + "/provider-openai";
const std::string kCrashingFolder = std::string(SLUICE_TEST_PLUGINS_DIR) + "/crashes_on_request";

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(SLUICE_SOURCE_DIR) + "/plugins/provider-openai/fixtures/" + name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

PluginManifest manifestIn(const std::string& folder) {
    std::ifstream in(folder + "/manifest.json");
    return PluginManifest::parse(std::string(std::istreambuf_iterator<char>(in), {}));
}

std::shared_ptr<const ProviderPlugin> isolated(const std::string& folder, const std::string& config = "{}") {
    return startIsolatedProvider(SLUICE_BINARY, folder, manifestIn(folder), config);
}

/** The same plugin loaded into this process, the reference the isolated one must match. */
struct InProcess {
    explicit InProcess(const std::string& config = "{}")
        : provider(sluice::plugins::instantiate(*library, config, "reference").provider) {}

    sluice::metrics::MetricsRegistry metrics;
    std::unique_ptr<PluginLibrary> library = PluginLibrary::open(kOpenAiFolder, metrics);
    std::shared_ptr<const ProviderPlugin> provider;
};

/** An owned provider call with a given body. */
struct Call {
    std::string base = "https://api.openai.com/v1", key = "sk-test", model = "gpt-4o-mini", options = "{}", body;
    int32_t stream = 1, includeUsage = 1;

    explicit Call(std::string requestBody) : body(std::move(requestBody)) {}
    sluice_provider_call abi() const {
        return {sizeof(sluice_provider_call),
                {base.data(), base.size()},
                {key.data(), key.size()},
                {model.data(), model.size()},
                {options.data(), options.size()},
                {body.data(), body.size()},
                stream,
                includeUsage,
                {"openai-chat", 11},
                {"chat", 4}};
    }
};

std::string chatBody(const std::string& content) {
    return R"({"model":"gpt-4o","stream":true,"messages":[{"role":"user","content":")" + content + R"("}]})";
}

void assertSameRequest(const sluice::plugins::BuiltRequest& expected, const sluice::plugins::BuiltRequest& actual) {
    CPPUNIT_ASSERT_EQUAL(expected.method, actual.method);
    CPPUNIT_ASSERT_EQUAL(expected.url, actual.url);
    CPPUNIT_ASSERT(expected.headers == actual.headers);
    CPPUNIT_ASSERT_EQUAL(expected.body, actual.body);
}

void assertSameUsage(const sluice_usage& expected, const sluice_usage& actual) {
    CPPUNIT_ASSERT_EQUAL(expected.prompt_tokens, actual.prompt_tokens);
    CPPUNIT_ASSERT_EQUAL(expected.completion_tokens, actual.completion_tokens);
    CPPUNIT_ASSERT_EQUAL(expected.total_tokens, actual.total_tokens);
    CPPUNIT_ASSERT_EQUAL(expected.cached_prompt_tokens, actual.cached_prompt_tokens);
    CPPUNIT_ASSERT_EQUAL(expected.reasoning_tokens, actual.reasoning_tokens);
}

/** What one stream translation produced: each event as written, then the usage. */
struct StreamResult {
    std::vector<std::string> events;
    sluice_usage usage{};
};

/** Feeds bytes to a new stream in pieces of 1 to 97 bytes chosen by seed. */
StreamResult translateStream(const ProviderPlugin& provider, const std::string& bytes, unsigned seed) {
    StreamResult result;
    auto collect = [&result](std::string_view event) {
        result.events.emplace_back(event);
        return true;
    };
    Call call("{}");
    auto stream = provider.openStream(call.abi());
    std::mt19937 random(seed);
    for (size_t at = 0; at < bytes.size();) {
        size_t piece = std::uniform_int_distribution<size_t>(1, 97)(random);
        stream->feed(std::string_view(bytes).substr(at, piece), collect);
        at += piece;
    }
    result.usage = stream->finish(collect);
    return result;
}

/** Process ids whose parent is this process (zombies included), read from /proc. */
std::vector<pid_t> children() {
    std::vector<pid_t> found;
    for (Poco::DirectoryIterator it(std::string("/proc")), end; it != end; ++it) {
        int pid = 0;
        if (!Poco::NumberParser::tryParse(it.name(), pid)) continue;
        std::ifstream stat(it->path() + "/stat");
        std::string line;
        std::getline(stat, line);
        auto close = line.rfind(')');
        if (close == std::string::npos) continue;
        std::istringstream fields(line.substr(close + 2));
        std::string state;
        pid_t parent = 0;
        fields >> state >> parent;
        if (parent == getpid()) found.push_back(pid);
    }
    return found;
}

std::string refusalOf(const std::string& folder) {
    return sluice::testsupport::thrownMessage<sluice::plugins::PluginRefusal>([&] { isolated(folder); }, "(not refused)");
}

}  // namespace

class IsolatedProviderTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(IsolatedProviderTest);
    CPPUNIT_TEST(buildRequestMatchesInProcess);
    CPPUNIT_TEST(translateResponseMatchesInProcess);
    CPPUNIT_TEST(streamsFedInArbitrarySplitsMatchInProcess);
    CPPUNIT_TEST(classifyErrorMatchesInProcess);
    CPPUNIT_TEST(pluginFailuresKeepTheirStatusAndMessage);
    CPPUNIT_TEST(concurrentCallsStayCorrect);
    CPPUNIT_TEST(aCrashFailsOnlyThatCall);
    CPPUNIT_TEST(aHangingCallTimesOut);
    CPPUNIT_TEST(streamsDoNotSurviveARestart);
    CPPUNIT_TEST(aRunnerStartedFromAPinnedLoopMayUseEveryCpu);
    CPPUNIT_TEST(refusalsCarryTheChildsReason);
    CPPUNIT_TEST(cannotServeLocally);
    CPPUNIT_TEST(destroyingLeavesNoProcess);
    CPPUNIT_TEST_SUITE_END();

public:
    /** Runners released by earlier tests are reaped in the background; counting children waits for them. */
    void setUp() override { sluice::isolation::ChildReaper::instance().waitIdle(); }

    void buildRequestMatchesInProcess() {
        const std::string config = R"({"organization":"org-1","headers":{"X-Extra":"1"}})";
        InProcess reference(config);
        auto provider = isolated(kOpenAiFolder, config);
        for (const std::string& body : {chatBody("hello"), std::string(R"({"messages":[]})")}) {
            Call call(body);
            assertSameRequest(reference.provider->buildRequest(call.abi()), provider->buildRequest(call.abi()));
        }
        CPPUNIT_ASSERT(!provider->servesLocally());
    }

    void translateResponseMatchesInProcess() {
        InProcess reference;
        auto provider = isolated(kOpenAiFolder);
        Call call(chatBody("hi"));
        std::string body = fixture("completion.json");
        sluice_usage expectedUsage{}, actualUsage{};
        std::string expected = reference.provider->translateResponse(call.abi(), body, expectedUsage);
        CPPUNIT_ASSERT_EQUAL(expected, provider->translateResponse(call.abi(), body, actualUsage));
        assertSameUsage(expectedUsage, actualUsage);
        CPPUNIT_ASSERT(actualUsage.total_tokens > 0);
    }

    void streamsFedInArbitrarySplitsMatchInProcess() {
        InProcess reference;
        auto provider = isolated(kOpenAiFolder);
        for (const char* name : {"stream_with_usage.sse", "stream_tool_calls_crlf.sse"}) {
            std::string bytes = fixture(name);
            StreamResult expected = translateStream(*reference.provider, bytes, 0);
            CPPUNIT_ASSERT(expected.events.size() > 2);
            for (unsigned seed : {1u, 2u, 3u}) {
                StreamResult actual = translateStream(*provider, bytes, seed);
                CPPUNIT_ASSERT(expected.events == actual.events);
                assertSameUsage(expected.usage, actual.usage);
            }
        }
    }

    void classifyErrorMatchesInProcess() {
        InProcess reference;
        auto provider = isolated(kOpenAiFolder);
        struct Case {
            int status;
            HeaderList headers;
            const char* fixture;
        };
        for (const Case& c :
             {Case{401, {}, "error_invalid_key.json"}, Case{429, {{"retry-after", "7"}}, "error_rate_limit.json"},
              Case{429, {}, "error_insufficient_quota.json"}, Case{400, {}, "error_context_length.json"},
              Case{503, {}, "completion.json"}}) {
            auto expected = reference.provider->classifyError(c.status, c.headers, fixture(c.fixture));
            auto actual = provider->classifyError(c.status, c.headers, fixture(c.fixture));
            CPPUNIT_ASSERT_EQUAL(expected.errorClass, actual.errorClass);
            CPPUNIT_ASSERT_EQUAL(expected.clientStatus, actual.clientStatus);
            CPPUNIT_ASSERT_EQUAL(expected.retryAfterMs, actual.retryAfterMs);
            CPPUNIT_ASSERT_EQUAL(expected.canonicalBody, actual.canonicalBody);
        }
    }

    void pluginFailuresKeepTheirStatusAndMessage() {
        InProcess reference;
        auto provider = isolated(kOpenAiFolder);
        Call call("not json");
        std::string expected;
        try {
            reference.provider->buildRequest(call.abi());
        } catch (const sluice::plugins::PluginFailure& e) {
            expected = e.what();
        }
        CPPUNIT_ASSERT(!expected.empty());
        try {
            provider->buildRequest(call.abi());
            CPPUNIT_FAIL("an invalid body was accepted");
        } catch (const sluice::plugins::PluginFailure& e) {
            CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_INVALID_INPUT, e.status());
            CPPUNIT_ASSERT_EQUAL(expected, std::string(e.what()));
        }
    }

    void concurrentCallsStayCorrect() {
        InProcess reference;
        auto provider = isolated(kOpenAiFolder);
        const std::string stream = fixture("stream_with_usage.sse");
        const StreamResult expectedStream = translateStream(*reference.provider, stream, 0);
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 6; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 25; ++i) {
                    Call call(chatBody("thread " + std::to_string(t) + " call " + std::to_string(i)));
                    if (provider->buildRequest(call.abi()).body != reference.provider->buildRequest(call.abi()).body)
                        ++mismatches;
                    if (i % 5 == 0 && translateStream(*provider, stream, t * 100 + i).events != expectedStream.events)
                        ++mismatches;
                }
            });
        for (auto& thread : threads) thread.join();
        CPPUNIT_ASSERT_EQUAL(0, mismatches.load());
    }

    void aCrashFailsOnlyThatCall() {
        auto provider = isolated(kCrashingFolder);
        Call fine("{}"), fatal(R"({"please":"crash"})");
        CPPUNIT_ASSERT_EQUAL(std::string("https://api.openai.com/v1/chat/completions"),
                             provider->buildRequest(fine.abi()).url);
        try {
            provider->buildRequest(fatal.abi());
            CPPUNIT_FAIL("the crashing call succeeded");
        } catch (const sluice::plugins::PluginFailure& e) {
            CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_INTERNAL, e.status());
            CPPUNIT_ASSERT_EQUAL(std::string("plugin runner for test/crashes-on-request exited (killed by signal 6)"),
                                 std::string(e.what()));
        }
        CPPUNIT_ASSERT_EQUAL(std::string("https://api.openai.com/v1/chat/completions"),
                             provider->buildRequest(fine.abi()).url);
        CPPUNIT_ASSERT_EQUAL(size_t(1), children().size());
    }

    void aHangingCallTimesOut() {
        sluice::isolation::RunnerProcess runner(SLUICE_BINARY, kCrashingFolder, "test/crashes-on-request", "{}",
                                                std::chrono::milliseconds(300));
        sluice::isolation::RunnerRequest hang;
        hang.call.requestBody = "please hang";
        try {
            runner.call(hang);
            CPPUNIT_FAIL("the hanging call returned");
        } catch (const std::runtime_error& e) {
            CPPUNIT_ASSERT_EQUAL(std::string("plugin runner for test/crashes-on-request gave no answer within 300 ms; "
                                             "stopped it (killed by signal 15)"),
                                 std::string(e.what()));
        }
        sluice::isolation::RunnerRequest fine;
        fine.call.requestBody = "{}";
        CPPUNIT_ASSERT_EQUAL(SLUICE_OK, runner.call(fine).status);
    }

    void streamsDoNotSurviveARestart() {
        sluice::isolation::RunnerProcess runner(SLUICE_BINARY, kOpenAiFolder, "sluice/provider-openai", "{}");
        sluice::isolation::RunnerRequest open;
        open.operation = sluice::isolation::RunnerOperation::StreamNew;
        uint64_t stream = runner.call(open).streamId;
        pid_t first = runner.pid();
        CPPUNIT_ASSERT_EQUAL(0, kill(first, SIGKILL));
        CPPUNIT_ASSERT_THROW(runner.call(open), std::runtime_error);
        sluice::isolation::RunnerRequest feed;
        feed.operation = sluice::isolation::RunnerOperation::StreamFeed;
        feed.streamId = stream;
        auto response = runner.call(feed);
        CPPUNIT_ASSERT(runner.pid() != first);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_INVALID_INPUT, response.status);
        CPPUNIT_ASSERT(response.error.find("unknown stream") != std::string::npos);
    }

    void aRunnerStartedFromAPinnedLoopMayUseEveryCpu() {
        const std::vector<int> all = sluice::testsupport::cpusOf(pthread_self());
        if (all.size() < 2) return;  // on one CPU, a pinned runner and a free one look the same
        std::vector<int> runnerCpus;
        bool pinned = false;
        std::thread loop([&] {
            pinned = sluice::util::runThisThreadOn({all.front()});
            sluice::isolation::RunnerProcess runner(SLUICE_BINARY, kOpenAiFolder, "sluice/provider-openai", "{}");
            runnerCpus = sluice::util::cpusOfProcess(runner.pid());
        });
        loop.join();
        CPPUNIT_ASSERT(pinned);
        CPPUNIT_ASSERT(runnerCpus == all);
    }

    void refusalsCarryTheChildsReason() {
        CPPUNIT_ASSERT_EQUAL(std::string("create failed: api_base is required"),
                             refusalOf(std::string(SLUICE_TEST_PLUGINS_DIR) + "/create_fails"));
        CPPUNIT_ASSERT_EQUAL(
            std::string("plugin-runner hosts provider plugins only; sluice/auth-apikey is a 'auth' plugin"),
            refusalOf(std::string(SLUICE_PLUGINS_DIR) + "/auth-apikey"));
        try {
            isolated(kOpenAiFolder, R"({"unknown":1})");
            CPPUNIT_FAIL("a config outside the schema was accepted");
        } catch (const sluice::plugins::PluginRefusal& e) {
            CPPUNIT_ASSERT(std::string(e.what()).find("config does not match config_schema") == 0);
        }
        try {
            startIsolatedProvider("/nonexistent/sluice", kOpenAiFolder, manifestIn(kOpenAiFolder), "{}");
            CPPUNIT_FAIL("a missing runner started");
        } catch (const sluice::plugins::PluginRefusal& e) {
            CPPUNIT_ASSERT_EQUAL(
                std::string("cannot start plugin runner /nonexistent/sluice: No such file or directory"),
                std::string(e.what()));
        }
        CPPUNIT_ASSERT(children().empty());
    }

    void cannotServeLocally() {
        std::string reason = refusalOf(std::string(SLUICE_PLUGINS_DIR) + "/provider-mock");
        CPPUNIT_ASSERT_MESSAGE(reason,
                               reason.find("serves locally, and serve_locally is not forwarded") != std::string::npos);
    }

    void destroyingLeavesNoProcess() {
        auto provider = isolated(kOpenAiFolder);
        Call call(chatBody("x"));
        auto stream = provider->openStream(call.abi());
        std::vector<pid_t> running = children();
        CPPUNIT_ASSERT_EQUAL(size_t(1), running.size());
        stream.reset();
        provider.reset();  // hands the child to the reaper, which reaps it: no zombie, no orphan
        sluice::isolation::ChildReaper::instance().waitIdle();
        CPPUNIT_ASSERT(children().empty());
        CPPUNIT_ASSERT_EQUAL(-1, kill(running[0], 0));
        CPPUNIT_ASSERT_EQUAL(ESRCH, errno);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(IsolatedProviderTest);
