// The server's guards against clients that hold resources without finishing a request: the probe's
// slowloris heads and bodies, one address opening many connections, many unfinished large bodies,
// bodies sent without credentials, and a request with two Host headers.
#include "ServerTestClient.h"

#include "net/HttpServer.h"

#include <cppunit/extensions/HelperMacros.h>

#include <atomic>
#include <memory>
#include <thread>

using namespace sluice::net;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kWait = 5s;

void echo(HttpRequest&& request, std::shared_ptr<ResponseChannel> channel) {
    channel->respond(200, {{"Content-Type", "text/plain"}}, request.method + " " + request.target + " " + request.body);
}

std::string post(const std::string& body) {
    return "POST /p HTTP/1.1\r\nHost: test\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

/** Sends bytes one at a time with a pause between them, as a slowloris client does, until the server closes. */
void trickle(ServerTestClient& client, const std::string& bytes, std::chrono::milliseconds gap) {
    try {
        for (char byte : bytes) {
            client.send(std::string_view(&byte, 1));
            std::this_thread::sleep_for(gap);
        }
    } catch (const std::exception&) {  // the server closed mid-trickle: what the test waits for
    }
}

}  // namespace

class ServerGuardsTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ServerGuardsTest);
    CPPUNIT_TEST(aTricklingHeadIsCutOffAtItsDeadline);
    CPPUNIT_TEST(aTricklingBodyIsCutOffAtItsDeadline);
    CPPUNIT_TEST(anAddressMayHoldOnlyItsShareOfConnections);
    CPPUNIT_TEST(bodiesBeingReceivedShareOneBudget);
    CPPUNIT_TEST(aHeadFilterRefusesBeforeTheBodyIsRead);
    CPPUNIT_TEST(aHeadFilterHandsItsPrincipalToTheHandler);
    CPPUNIT_TEST(twoHostHeadersAre400);
    CPPUNIT_TEST(aRefusedHeadRequestGetsNoBody);
    CPPUNIT_TEST_SUITE_END();

public:
    void tearDown() override { server_.reset(); }

    /** Every byte restarts the idle timer, but not the head's own deadline. */
    void aTricklingHeadIsCutOffAtItsDeadline() {
        ServerLimits limits;
        limits.headTimeoutMs = 300;
        startServer(echo, limits);
        ServerTestClient client(server_->port());
        const auto started = Clock::now();
        std::thread slow([&] { trickle(client, "GET / HTTP/1.1\r\nHost: test\r\nX-Slow: " + std::string(200, 'a'), 20ms); });
        TestResponse response = client.readResponse();
        const auto took = Clock::now() - started;
        slow.join();
        CPPUNIT_ASSERT_EQUAL(408, response.status);
        CPPUNIT_ASSERT(response.body.find(R"("code":"request_timeout")") != std::string::npos);
        CPPUNIT_ASSERT(took >= 250ms && took < 3s);
    }

    void aTricklingBodyIsCutOffAtItsDeadline() {
        ServerLimits limits;
        limits.bodyTimeoutMs = 300;
        startServer(echo, limits);
        ServerTestClient client(server_->port());
        client.send("POST /p HTTP/1.1\r\nHost: test\r\nContent-Length: 1000\r\n\r\n");
        std::thread slow([&] { trickle(client, std::string(1000, 'b'), 20ms); });
        TestResponse response = client.readResponse();
        slow.join();
        CPPUNIT_ASSERT_EQUAL(408, response.status);
        CPPUNIT_ASSERT(response.body.find("body did not arrive in time") != std::string::npos);
    }

    void anAddressMayHoldOnlyItsShareOfConnections() {
        ServerLimits limits;
        limits.maxConnectionsPerClient = 2;
        startServer(echo, limits);
        auto first = std::make_unique<ServerTestClient>(server_->port());
        ServerTestClient second(server_->port());
        first->send(post("1"));
        CPPUNIT_ASSERT_EQUAL(200, first->readResponse().status);
        ServerTestClient third(server_->port());
        TestResponse refused = third.readResponse();
        CPPUNIT_ASSERT_EQUAL(503, refused.status);
        CPPUNIT_ASSERT(refused.body.find(R"("code":"too_many_connections")") != std::string::npos);
        CPPUNIT_ASSERT(third.waitForClose(kWait));
        first.reset();
        TestResponse after;
        for (auto end = Clock::now() + kWait; after.status != 200 && Clock::now() < end;) {
            std::this_thread::sleep_for(20ms);
            ServerTestClient fourth(server_->port());
            fourth.send(post("4"));
            after = fourth.readResponse();
        }
        CPPUNIT_ASSERT_EQUAL(200, after.status);
    }

    /** The probe's 50 slow 8 MB bodies: past the budget, a body is refused, and its bytes come back once served. */
    void bodiesBeingReceivedShareOneBudget() {
        ServerLimits limits;
        limits.maxReceivingBodyBytes = 1000;
        startServer(echo, limits);
        ServerTestClient holding(server_->port());
        holding.send("POST /p HTTP/1.1\r\nHost: test\r\nContent-Length: 900\r\n\r\n" + std::string(800, 'h'));
        std::this_thread::sleep_for(100ms);
        ServerTestClient other(server_->port());
        other.send(post(std::string(500, 'o')));
        TestResponse refused = other.readResponse();
        CPPUNIT_ASSERT_EQUAL(503, refused.status);
        CPPUNIT_ASSERT(refused.body.find(R"("code":"server_busy")") != std::string::npos);
        holding.send(std::string(100, 'h'));
        CPPUNIT_ASSERT_EQUAL(200, holding.readResponse().status);
        ServerTestClient later(server_->port());
        later.send(post(std::string(900, 'l')));
        CPPUNIT_ASSERT_EQUAL(200, later.readResponse().status);
    }

    /** A head without credentials is answered at once; the 8 MB body it announces is never awaited. */
    void aHeadFilterRefusesBeforeTheBodyIsRead() {
        std::atomic<int> handled{0};
        startServer([&](HttpRequest&& request, std::shared_ptr<ResponseChannel> channel) {
                        ++handled;
                        echo(std::move(request), std::move(channel));
                    },
                    {}, [](HttpRequest& head, EventLoop&) -> std::optional<HttpResponse> {
                        if (!headerValue(head.headers, "authorization").empty()) return std::nullopt;
                        return HttpResponse{401, {{"Content-Type", "application/json"}}, R"({"error":"no key"})"};
                    });
        ServerTestClient client(server_->port());
        client.send("POST /p HTTP/1.1\r\nHost: test\r\nContent-Length: 8388608\r\n\r\n");
        TestResponse response = client.readResponse();
        CPPUNIT_ASSERT_EQUAL(401, response.status);
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"error":"no key"})"), response.body);
        CPPUNIT_ASSERT(client.waitForClose(kWait));
        CPPUNIT_ASSERT_EQUAL(0, handled.load());
        ServerTestClient authorised(server_->port());
        authorised.send("POST /p HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer k\r\nContent-Length: 2\r\n\r\nok");
        CPPUNIT_ASSERT_EQUAL(200, authorised.readResponse().status);
        CPPUNIT_ASSERT_EQUAL(1, handled.load());
    }

    void aHeadFilterHandsItsPrincipalToTheHandler() {
        auto who = std::make_shared<const std::string>("alice");
        startServer(
            [](HttpRequest&& request, std::shared_ptr<ResponseChannel> channel) {
                const auto* name = static_cast<const std::string*>(request.principal.get());
                channel->respond(200, {}, (name ? *name : std::string("nobody")) + "@" + request.clientAddress);
            },
            {},
            [who](HttpRequest& head, EventLoop&) -> std::optional<HttpResponse> {
                head.principal = who;
                return std::nullopt;
            });
        ServerTestClient client(server_->port());
        client.send(post("x"));
        CPPUNIT_ASSERT_EQUAL(std::string("alice@127.0.0.1"), client.readResponse().body);
    }

    void twoHostHeadersAre400() {
        startServer(echo);
        ServerTestClient client(server_->port());
        client.send("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
        TestResponse response = client.readResponse();
        CPPUNIT_ASSERT_EQUAL(400, response.status);
        CPPUNIT_ASSERT(response.body.find("more than one Host") != std::string::npos);
        CPPUNIT_ASSERT(client.waitForClose(kWait));
    }

    /** Claude Code sends HEAD to its base URL: a refusal of it must not carry a body (node: "Data after Connection: close"). */
    void aRefusedHeadRequestGetsNoBody() {
        startServer(echo, {}, [](HttpRequest&, EventLoop&) -> std::optional<HttpResponse> {
            return HttpResponse{404, {{"Content-Type", "application/json"}}, R"({"error":"unknown"})"};
        });
        ServerTestClient client(server_->port());
        client.send("HEAD / HTTP/1.1\r\nHost: test\r\n\r\n");
        TestResponse head = client.readHead();
        CPPUNIT_ASSERT_EQUAL(404, head.status);
        CPPUNIT_ASSERT_EQUAL(std::string("19"), std::string(headerValue(head.headers, "content-length")));
        CPPUNIT_ASSERT_EQUAL(std::string(), client.readUntilClose());
        ServerTestClient after(server_->port());
        after.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n");
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"error":"unknown"})"), after.readResponse().body);
    }

private:
    void startServer(RequestHandler handler, ServerLimits limits = {}, HeadFilter filter = {}) {
        server_ = std::make_unique<HttpServer>("127.0.0.1", 0, LoopPlacement{1, {}}, limits, std::move(handler),
                                               std::move(filter));
        server_->start();
    }

    std::unique_ptr<HttpServer> server_;
};

CPPUNIT_TEST_SUITE_REGISTRATION(ServerGuardsTest);
