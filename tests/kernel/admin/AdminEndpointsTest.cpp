// The admin routes as a browser or script reaches them: through the router, answered on a recording channel;
// wrong tokens are logged and throttled per client address.
#include "admin/AdminEndpoints.h"
#include "support/TempDir.h"

#include <Poco/AutoPtr.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Channel.h>
#include <Poco/Logger.h>
#include <Poco/Message.h>

#include <cppunit/extensions/HelperMacros.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <memory>
#include <sstream>
#include <vector>

using namespace sluice;

namespace {

const std::string kToken = "right-admin-token";

/** Keeps what the endpoint answered. */
class RecordingChannel final : public net::ResponseChannel {
public:
    explicit RecordingChannel(net::EventLoop& loop) : loop_(loop) {}

    void respond(int status, const net::Headers& headers, std::string_view body) override {
        status_ = status;
        headers_ = headers;
        body_ = body;
        started_ = true;
    }
    void startStream(int status, const net::Headers& headers) override { respond(status, headers, {}); }
    bool sendChunk(std::string_view data) override {
        body_ += data;
        return true;
    }
    void endStream() override {}
    bool started() const override { return started_; }
    bool clientGone() const override { return false; }
    void onClientGone(std::function<void()>) override {}
    net::EventLoop& loop() override { return loop_; }

    int status() const { return status_; }
    const std::string& body() const { return body_; }

    /** The value of the header named exactly name, or "" when absent. */
    std::string header(const std::string& name) const {
        for (const auto& [key, value] : headers_)
            if (key == name) return value;
        return {};
    }

private:
    net::EventLoop& loop_;
    int status_ = 0;
    net::Headers headers_;
    std::string body_;
    bool started_ = false;
};

/** Keeps every message logged to it. */
class RecordingLog final : public Poco::Channel {
public:
    void log(const Poco::Message& message) override { lines.push_back(message.getText()); }

    std::vector<std::string> lines;
};

}  // namespace

class AdminEndpointsTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(AdminEndpointsTest);
    CPPUNIT_TEST(pagesCannotBeFramed);
    CPPUNIT_TEST(wrongTokensAreThrottledPerAddress);
    CPPUNIT_TEST(wrongTokensAreLoggedWithoutTheToken);
    CPPUNIT_TEST(aMissingTokenIsNotAGuess);
    CPPUNIT_TEST(theTokenIsCheckedOnTheHeadBeforeAnyBody);
    CPPUNIT_TEST_SUITE_END();

public:
    void setUp() override {
        database_ = std::make_unique<store::Database>(dir_.sqliteUrl(), 1);
        host_ = std::make_unique<plugins::PluginHost>(metrics_);
        admin_ = std::make_unique<admin::AdminEndpoints>(
            kToken,
            admin::AdminServices{*host_, metrics_, admin::PluginActions(*database_, plugins::PluginSources{}), "", executor_});
        admin_->registerRoutes(router_);
    }

    void tearDown() override {
        admin_.reset();
        host_.reset();
        database_.reset();
    }

    void pagesCannotBeFramed() {
        auto answer = get("/admin/plugins", "Bearer " + kToken);
        CPPUNIT_ASSERT_EQUAL(200, answer->status());
        std::string policy = answer->header("Content-Security-Policy");
        CPPUNIT_ASSERT_MESSAGE(policy, policy.find("frame-ancestors 'none'") != std::string::npos);
        CPPUNIT_ASSERT_MESSAGE(policy, policy.find("default-src 'none'") != std::string::npos);
    }

    void wrongTokensAreThrottledPerAddress() {
        for (int i = 0; i < 10; ++i) CPPUNIT_ASSERT_EQUAL(401, get("/admin/api/plugins", "Bearer guess-" + std::to_string(i))->status());
        auto throttled = get("/admin/api/plugins", "Bearer " + kToken);  // even the right token: it is not checked
        CPPUNIT_ASSERT_EQUAL(429, throttled->status());
        CPPUNIT_ASSERT_EQUAL(std::string("300"), throttled->header("Retry-After"));
        CPPUNIT_ASSERT_MESSAGE(throttled->body(), throttled->body().find("admin_token_attempts_exceeded") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(429, get("/metrics", "Bearer guess")->status());
        CPPUNIT_ASSERT_EQUAL(200, get("/admin/api/plugins", "Bearer " + kToken, "192.0.2.99")->status());
        CPPUNIT_ASSERT_EQUAL(401, get("/admin/api/plugins", "Bearer guess", "192.0.2.99")->status());
    }

    void wrongTokensAreLoggedWithoutTheToken() {
        Poco::Logger& logger = Poco::Logger::get("sluice.admin");
        Poco::AutoPtr<Poco::Channel> previous(logger.getChannel(), true);
        Poco::AutoPtr<RecordingLog> log(new RecordingLog);
        logger.setChannel(log);
        for (int i = 0; i < 10; ++i) get("/admin/plugins", "Basic " + basic("admin:secret-guess-" + std::to_string(i)), "198.51.100.4");
        get("/admin/plugins", "Bearer secret-guess-x", "198.51.100.4");
        logger.setChannel(previous);
        CPPUNIT_ASSERT_EQUAL(size_t(11), log->lines.size());  // ten wrong tokens and the lockout; the throttled one is not checked
        CPPUNIT_ASSERT_EQUAL(std::string("wrong admin token from 198.51.100.4 on GET /admin/plugins"), log->lines[0]);
        CPPUNIT_ASSERT_EQUAL(std::string("198.51.100.4 presented too many wrong admin tokens; refused for 300 seconds"),
                             log->lines[10]);
        for (const std::string& line : log->lines) CPPUNIT_ASSERT_MESSAGE(line, line.find("secret-guess") == std::string::npos);
    }

    void aMissingTokenIsNotAGuess() {
        for (int i = 0; i < 20; ++i) CPPUNIT_ASSERT_EQUAL(401, get("/admin/plugins", "")->status());  // a browser before its prompt
        CPPUNIT_ASSERT_EQUAL(200, get("/admin/plugins", "Basic " + basic("admin:" + kToken))->status());
    }

    /** The server asks the router about a head before it reads a body: no token, no body received. */
    void theTokenIsCheckedOnTheHeadBeforeAnyBody() {
        net::HttpRequest head;
        head.method = "POST";
        head.target = head.path = "/admin/api/plugins/settings";
        head.clientAddress = "192.0.2.7";
        head.headers.emplace_back("content-length", "8388608");
        std::optional<net::HttpResponse> refusal = router_.admit(head, loop_);
        CPPUNIT_ASSERT(refusal);
        CPPUNIT_ASSERT_EQUAL(401, refusal->status);
        CPPUNIT_ASSERT(refusal->body.find("invalid_admin_token") != std::string::npos);
        CPPUNIT_ASSERT(std::any_of(refusal->headers.begin(), refusal->headers.end(),
                                   [](const auto& header) { return header.first == "WWW-Authenticate"; }));
        head.headers.emplace_back("authorization", "Bearer " + kToken);
        CPPUNIT_ASSERT(!router_.admit(head, loop_));
        CPPUNIT_ASSERT(head.principal);
    }

private:
    static std::string basic(const std::string& userAndPassword) {
        std::ostringstream encoded;
        Poco::Base64Encoder encoder(encoded);
        encoder << userAndPassword;
        encoder.close();
        return encoded.str();
    }

    std::shared_ptr<RecordingChannel> get(const std::string& path, const std::string& authorization,
                                          const std::string& clientAddress = "192.0.2.1") {
        net::HttpRequest request;
        request.method = "GET";
        request.target = request.path = path;
        request.clientAddress = clientAddress;
        if (!authorization.empty()) request.headers.emplace_back("authorization", authorization);
        auto channel = std::make_shared<RecordingChannel>(loop_);
        router_.dispatch(std::move(request), channel);
        return channel;
    }

    testsupport::TempDir dir_;
    net::EventLoop loop_;
    exec::Executor executor_{"admin-test", 1, 4};
    metrics::MetricsRegistry metrics_;
    std::unique_ptr<store::Database> database_;
    std::unique_ptr<plugins::PluginHost> host_;
    std::unique_ptr<admin::AdminEndpoints> admin_;
    http::Router router_;
};

CPPUNIT_TEST_SUITE_REGISTRATION(AdminEndpointsTest);
