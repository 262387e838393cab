// The event-driven HTTP/1.1 server against real loopback sockets: framing, keep-alive, pipelining,
// streaming, client disconnects, the server's own error answers, several loops, and draining on stop.
#include "ServerTestClient.h"
#include "support/ThreadCpus.h"

#include "net/HttpServer.h"

#include <cppunit/extensions/HelperMacros.h>

#include <future>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace sluice::net;
using namespace std::chrono_literals;
using sluice::testsupport::cpusOf;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kWait = 5s;

/** Answers "METHOD TARGET BODY" as text. */
void echo(HttpRequest&& request, std::shared_ptr<ResponseChannel> channel) {
    channel->respond(200, {{"Content-Type", "text/plain"}}, request.method + " " + request.target + " " + request.body);
}

/** Sends chunks[index...] one per gap on the channel's loop, calling sent(i) after each, then ends the stream. */
void sendChunksEvery(std::shared_ptr<ResponseChannel> channel, std::vector<std::string> chunks, size_t index,
                     std::chrono::milliseconds gap, std::function<void(size_t)> sent) {
    EventLoop& loop = channel->loop();
    loop.runAfter(gap, [channel = std::move(channel), chunks = std::move(chunks), index, gap, sent]() mutable {
        if (index == chunks.size()) {
            channel->endStream();
            return;
        }
        channel->sendChunk(chunks[index]);
        sent(index);
        sendChunksEvery(std::move(channel), std::move(chunks), index + 1, gap, std::move(sent));
    });
}

/** Keeps sending 64 KiB chunks every millisecond until sendChunk reports the client gone. */
void floodUntilGone(std::shared_ptr<ResponseChannel> channel, std::shared_ptr<std::promise<bool>> refused) {
    EventLoop& loop = channel->loop();
    loop.runAfter(1ms, [channel = std::move(channel), refused = std::move(refused)]() mutable {
        if (!channel->sendChunk(std::string(64 * 1024, 'x'))) {
            refused->set_value(channel->clientGone());
            return;
        }
        floodUntilGone(std::move(channel), std::move(refused));
    });
}

std::string get(const std::string& target) { return "GET " + target + " HTTP/1.1\r\nHost: test\r\n\r\n"; }

std::string post(const std::string& target, const std::string& body) {
    return "POST " + target + " HTTP/1.1\r\nHost: test\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

template <typename T>
bool ready(std::future<T>& future) {
    return future.wait_for(kWait) == std::future_status::ready;
}

}  // namespace

class HttpServerTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(HttpServerTest);
    CPPUNIT_TEST(answersTwoRequestsOnOneKeepAliveConnection);
    CPPUNIT_TEST(servesFromALoopKeptOnItsCpuWhileBusy);
    CPPUNIT_TEST(readsContentLengthBody);
    CPPUNIT_TEST(readsChunkedBody);
    CPPUNIT_TEST(answersPipelinedRequestsInOrder);
    CPPUNIT_TEST(streamsEachChunkBeforeTheNextIsSent);
    CPPUNIT_TEST(clientDisconnectMidStreamFiresOnClientGone);
    CPPUNIT_TEST(unansweredRequestBecomesHarmlessWhenClientLeaves);
    CPPUNIT_TEST(rejectsTooLargeBodyWith413);
    CPPUNIT_TEST(rejectsTooLargeChunkedBodyWith413);
    CPPUNIT_TEST(rejectsGarbageWith400);
    CPPUNIT_TEST(refusesFramingItCannotTrust);
    CPPUNIT_TEST(rejectsTooLargeHeadWith431);
    CPPUNIT_TEST(answersExpectContinueBeforeTheBody);
    CPPUNIT_TEST(rejectsUnknownExpectationWith417);
    CPPUNIT_TEST(http10ClosesUnlessKeepAliveAsked);
    CPPUNIT_TEST(handlerExceptionBecomes500);
    CPPUNIT_TEST(servesOnEveryLoop);
    CPPUNIT_TEST(stopLetsInFlightStreamFinish);
    CPPUNIT_TEST(stopClosesStreamsThatOutliveTheDrain);
    CPPUNIT_TEST(closesIdleKeepAliveConnections);
    CPPUNIT_TEST(cutsOffClientThatFallsTooFarBehind);
    CPPUNIT_TEST(cutsOffClientThatReadsNothingForTooLong);
    CPPUNIT_TEST(deliversOneResponseLargerThanTheBacklogLimit);
    CPPUNIT_TEST(finishesWritingAfterTheClientHalfCloses);
    CPPUNIT_TEST_SUITE_END();

public:
    void tearDown() override { server_.reset(); }

    void answersTwoRequestsOnOneKeepAliveConnection() {
        startServer(echo);
        ServerTestClient client(server_->port());
        client.send(get("/one"));
        TestResponse first = client.readResponse();
        CPPUNIT_ASSERT_EQUAL(200, first.status);
        CPPUNIT_ASSERT_EQUAL(std::string("GET /one "), first.body);
        CPPUNIT_ASSERT_EQUAL(std::string("keep-alive"), std::string(headerValue(first.headers, "connection")));
        CPPUNIT_ASSERT_EQUAL(std::string("text/plain"), std::string(headerValue(first.headers, "content-type")));
        client.send(get("/two?x=1"));
        TestResponse second = client.readResponse();
        CPPUNIT_ASSERT_EQUAL(std::string("GET /two?x=1 "), second.body);
    }

    void readsContentLengthBody() {
        startServer(echo);
        ServerTestClient client(server_->port());
        const std::string body(100000, 'b');
        client.send(post("/p", body));
        CPPUNIT_ASSERT_EQUAL("POST /p " + body, client.readResponse().body);
    }

    void readsChunkedBody() {
        startServer(echo);
        ServerTestClient client(server_->port());
        client.send("POST /c HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
        std::this_thread::sleep_for(20ms);
        client.send("6\r\n world\r\n0\r\n\r\n");
        CPPUNIT_ASSERT_EQUAL(std::string("POST /c hello world"), client.readResponse().body);
    }

    void answersPipelinedRequestsInOrder() {
        startServer([](HttpRequest&& request, std::shared_ptr<ResponseChannel> channel) {
            if (request.path != "/slow") return echo(std::move(request), std::move(channel));
            channel->loop().runAfter(50ms, [channel] { channel->respond(200, {}, "slow"); });
        });
        ServerTestClient client(server_->port());
        client.send(get("/slow") + get("/fast") + post("/post", "abc"));
        CPPUNIT_ASSERT_EQUAL(std::string("slow"), client.readResponse().body);
        CPPUNIT_ASSERT_EQUAL(std::string("GET /fast "), client.readResponse().body);
        CPPUNIT_ASSERT_EQUAL(std::string("POST /post abc"), client.readResponse().body);
    }

    void streamsEachChunkBeforeTheNextIsSent() {
        std::mutex mutex;
        std::vector<Clock::time_point> sentAt(3);
        startServer([&](HttpRequest&&, std::shared_ptr<ResponseChannel> channel) {
            channel->startStream(200, {{"Content-Type", "text/event-stream"}});
            sendChunksEvery(channel, {"data: 1\n\n", "data: 2\n\n", "data: 3\n\n"}, 0, 100ms, [&](size_t i) {
                std::lock_guard lock(mutex);
                sentAt[i] = Clock::now();
            });
        });
        ServerTestClient client(server_->port());
        client.send(get("/stream"));
        TestResponse head = client.readHead();
        CPPUNIT_ASSERT_EQUAL(std::string("chunked"), std::string(headerValue(head.headers, "transfer-encoding")));
        std::vector<Clock::time_point> receivedAt;
        for (int i = 1; i <= 3; ++i) {
            CPPUNIT_ASSERT_EQUAL("data: " + std::to_string(i) + "\n\n", client.readChunk());
            receivedAt.push_back(Clock::now());
        }
        CPPUNIT_ASSERT_EQUAL(std::string(), client.readChunk());
        std::lock_guard lock(mutex);
        for (size_t i = 0; i + 1 < receivedAt.size(); ++i) CPPUNIT_ASSERT(receivedAt[i] < sentAt[i + 1]);
        client.send(get("/after"));
        CPPUNIT_ASSERT_EQUAL(200, client.readHead().status);
    }

    void clientDisconnectMidStreamFiresOnClientGone() {
        std::promise<std::shared_ptr<ResponseChannel>> gone;
        startServer([&](HttpRequest&&, std::shared_ptr<ResponseChannel> channel) {
            channel->startStream(200, {});
            channel->sendChunk("first");
            channel->onClientGone([&gone, weak = std::weak_ptr<ResponseChannel>(channel)] { gone.set_value(weak.lock()); });
            channel->loop().runAfter(10s, [channel] { channel->endStream(); });
        });
        ServerTestClient client(server_->port());
        client.send(get("/stream"));
        client.readHead();
        CPPUNIT_ASSERT_EQUAL(std::string("first"), client.readChunk());
        client.close();
        auto goneFuture = gone.get_future();
        CPPUNIT_ASSERT(ready(goneFuture));
        std::shared_ptr<ResponseChannel> channel = goneFuture.get();
        CPPUNIT_ASSERT(channel);
        std::promise<std::pair<bool, bool>> afterwards;
        channel->loop().post([&] { afterwards.set_value({channel->sendChunk("late"), channel->clientGone()}); });
        auto result = afterwards.get_future();
        CPPUNIT_ASSERT(ready(result));
        const auto [sent, clientGone] = result.get();
        CPPUNIT_ASSERT(!sent);
        CPPUNIT_ASSERT(clientGone);
    }

    void unansweredRequestBecomesHarmlessWhenClientLeaves() {
        std::mutex mutex;
        std::vector<std::shared_ptr<ResponseChannel>> kept;
        std::promise<void> gone;
        startServer([&](HttpRequest&& request, std::shared_ptr<ResponseChannel> channel) {
            if (request.path == "/never") channel->onClientGone([&gone] { gone.set_value(); });
            std::lock_guard lock(mutex);
            kept.push_back(std::move(channel));
        });
        {
            ServerTestClient client(server_->port());
            client.send(get("/never"));
            std::this_thread::sleep_for(20ms);
            client.close(true);
        }
        auto goneFuture = gone.get_future();
        CPPUNIT_ASSERT(ready(goneFuture));
        std::shared_ptr<ResponseChannel> channel;
        {
            std::lock_guard lock(mutex);
            channel = kept.at(0);
        }
        std::promise<bool> answered;
        channel->loop().post([&] {
            channel->respond(200, {}, "too late");
            channel->startStream(200, {});
            channel->endStream();
            answered.set_value(channel->clientGone() && !channel->started());
        });
        auto answeredFuture = answered.get_future();
        CPPUNIT_ASSERT(ready(answeredFuture));
        CPPUNIT_ASSERT(answeredFuture.get());
        ServerTestClient next(server_->port());
        next.send(get("/still-serving"));
        std::this_thread::sleep_for(20ms);
        std::lock_guard lock(mutex);
        CPPUNIT_ASSERT_EQUAL(size_t(2), kept.size());
    }

    void rejectsTooLargeBodyWith413() {
        ServerLimits limits;
        limits.maxBodyBytes = 16;
        startServer(echo, limits);
        ServerTestClient client(server_->port());
        client.send(post("/big", std::string(100, 'x')));
        TestResponse response = client.readResponse();
        CPPUNIT_ASSERT_EQUAL(413, response.status);
        CPPUNIT_ASSERT_EQUAL(std::string("application/json"), std::string(headerValue(response.headers, "content-type")));
        CPPUNIT_ASSERT_EQUAL(std::string("close"), std::string(headerValue(response.headers, "connection")));
        CPPUNIT_ASSERT(response.body.find(R"("code":"request_too_large")") != std::string::npos);
        CPPUNIT_ASSERT(client.waitForClose(kWait));
    }

    void rejectsTooLargeChunkedBodyWith413() {
        ServerLimits limits;
        limits.maxBodyBytes = 16;
        startServer(echo, limits);
        ServerTestClient client(server_->port());
        client.send("POST /c HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n1\r\nX\r\n");
        CPPUNIT_ASSERT_EQUAL(413, client.readResponse().status);
        CPPUNIT_ASSERT(client.waitForClose(kWait));
    }

    /** Garbage, and a head with a line ended by a bare LF. */
    void rejectsGarbageWith400() {
        startServer(echo);
        for (const char* garbage : {"garbage\r\n\r\n", "GET / HTTP/1.1\r\nHost: t\nX-Smuggled: 1\r\n\r\n"}) {
            ServerTestClient client(server_->port());
            client.send(garbage);
            TestResponse response = client.readResponse();
            CPPUNIT_ASSERT_EQUAL(400, response.status);
            CPPUNIT_ASSERT_EQUAL(std::string(R"({"error":{"message":"The request is not valid HTTP/1.1.",)"
                                             R"("type":"invalid_request_error","param":null,"code":"invalid_request"}})"),
                                 response.body);
            CPPUNIT_ASSERT(client.waitForClose(kWait));
        }
    }

    /** What Beast's parser refuses as a bad Content-Length or Transfer-Encoding (BeastComparison), the server refuses. */
    void refusesFramingItCannotTrust() {
        startServer(echo);
        const std::pair<const char*, int> heads[] = {
            {"Content-Length: 1x\r\n", 400},
            {"Content-Length: 1\r\nContent-Length: 2\r\n", 400},
            {"Content-Length: 1\r\nTransfer-Encoding: chunked\r\n", 400},
            {"Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n", 501},
            {"Transfer-Encoding: gzip\r\n", 501},
        };
        for (const auto& [framing, status] : heads) {
            ServerTestClient client(server_->port());
            client.send(std::string("POST / HTTP/1.1\r\nHost: t\r\n") + framing + "\r\n");
            CPPUNIT_ASSERT_EQUAL_MESSAGE(framing, status, client.readResponse().status);
            CPPUNIT_ASSERT(client.waitForClose(kWait));
        }
    }

    void rejectsTooLargeHeadWith431() {
        ServerLimits limits;
        limits.maxHeaderBytes = 1024;
        startServer(echo, limits);
        ServerTestClient client(server_->port());
        client.send("GET / HTTP/1.1\r\nHost: t\r\nX-Big: " + std::string(2000, 'a') + "\r\n\r\n");
        CPPUNIT_ASSERT_EQUAL(431, client.readResponse().status);
        CPPUNIT_ASSERT(client.waitForClose(kWait));
    }

    void answersExpectContinueBeforeTheBody() {
        startServer(echo);
        ServerTestClient client(server_->port());
        client.send("POST /e HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        CPPUNIT_ASSERT_EQUAL(100, client.readHead().status);
        client.send("hello");
        TestResponse response = client.readResponse();
        CPPUNIT_ASSERT_EQUAL(200, response.status);
        CPPUNIT_ASSERT_EQUAL(std::string("POST /e hello"), response.body);
    }

    void rejectsUnknownExpectationWith417() {
        startServer(echo);
        ServerTestClient client(server_->port());
        client.send("POST /e HTTP/1.1\r\nHost: t\r\nExpect: something\r\nContent-Length: 5\r\n\r\nhello");
        CPPUNIT_ASSERT_EQUAL(417, client.readResponse().status);
    }

    void http10ClosesUnlessKeepAliveAsked() {
        startServer(echo);
        ServerTestClient keepAlive(server_->port());
        keepAlive.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        TestResponse kept = keepAlive.readResponse();
        CPPUNIT_ASSERT_EQUAL(std::string("keep-alive"), std::string(headerValue(kept.headers, "connection")));
        keepAlive.send("GET /b HTTP/1.0\r\n\r\n");
        TestResponse last = keepAlive.readResponse();
        CPPUNIT_ASSERT_EQUAL(std::string("GET /b "), last.body);
        CPPUNIT_ASSERT_EQUAL(std::string("close"), std::string(headerValue(last.headers, "connection")));
        CPPUNIT_ASSERT(keepAlive.waitForClose(kWait));
    }

    void handlerExceptionBecomes500() {
        startServer([](HttpRequest&&, std::shared_ptr<ResponseChannel>) { throw std::runtime_error("boom"); });
        ServerTestClient client(server_->port());
        client.send(get("/boom"));
        TestResponse response = client.readResponse();
        CPPUNIT_ASSERT_EQUAL(500, response.status);
        CPPUNIT_ASSERT(response.body.find(R"("code":"internal_error")") != std::string::npos);
    }

    void servesOnEveryLoop() {
        std::mutex mutex;
        std::set<std::thread::id> threads;
        startServer(
            [&](HttpRequest&& request, std::shared_ptr<ResponseChannel> channel) {
                {
                    std::lock_guard lock(mutex);
                    threads.insert(std::this_thread::get_id());
                }
                echo(std::move(request), std::move(channel));
            },
            ServerLimits{}, 2);
        CPPUNIT_ASSERT_EQUAL(size_t(2), server_->loops().size());
        std::vector<std::unique_ptr<ServerTestClient>> clients;
        for (int i = 0; i < 40; ++i) {
            clients.push_back(std::make_unique<ServerTestClient>(server_->port()));
            clients.back()->send(get("/" + std::to_string(i)));
        }
        for (int i = 0; i < 40; ++i) CPPUNIT_ASSERT_EQUAL("GET /" + std::to_string(i) + " ", clients[static_cast<size_t>(i)]->readResponse().body);
        std::lock_guard lock(mutex);
        CPPUNIT_ASSERT_EQUAL(size_t(2), threads.size());
    }

    void stopLetsInFlightStreamFinish() {
        startServer([](HttpRequest&&, std::shared_ptr<ResponseChannel> channel) {
            channel->startStream(200, {});
            sendChunksEvery(channel, {"a", "b", "c"}, 0, 100ms, [](size_t) {});
        });
        ServerTestClient streaming(server_->port());
        ServerTestClient idle(server_->port());
        streaming.send(get("/stream"));
        streaming.readHead();
        const auto stopping = Clock::now();
        auto stopped = std::async(std::launch::async, [&] {
            server_->stop(3000);
            return Clock::now() - stopping;
        });
        CPPUNIT_ASSERT(idle.waitForClose(kWait));
        std::string body;
        for (std::string chunk = streaming.readChunk(); !chunk.empty(); chunk = streaming.readChunk()) body += chunk;
        CPPUNIT_ASSERT_EQUAL(std::string("abc"), body);
        CPPUNIT_ASSERT(streaming.waitForClose(kWait));
        CPPUNIT_ASSERT(ready(stopped));
        CPPUNIT_ASSERT(stopped.get() < 2s);
        CPPUNIT_ASSERT_THROW(ServerTestClient(server_->port()), std::runtime_error);
        server_->stop();
    }

    void stopClosesStreamsThatOutliveTheDrain() {
        std::promise<void> gone;
        startServer([&](HttpRequest&&, std::shared_ptr<ResponseChannel> channel) {
            channel->startStream(200, {});
            channel->onClientGone([&gone] { gone.set_value(); });
        });
        ServerTestClient streaming(server_->port());
        streaming.send(get("/forever"));
        streaming.readHead();
        const auto stopping = Clock::now();
        server_->stop(200);
        const auto took = Clock::now() - stopping;
        CPPUNIT_ASSERT(took >= 190ms && took < 2s);
        auto goneFuture = gone.get_future();
        CPPUNIT_ASSERT(goneFuture.wait_for(0s) == std::future_status::ready);
        CPPUNIT_ASSERT(streaming.waitForClose(kWait));
    }

    void closesIdleKeepAliveConnections() {
        ServerLimits limits;
        limits.idleKeepAliveMs = 200;
        startServer(echo, limits);
        ServerTestClient client(server_->port());
        client.send(get("/x"));
        client.readResponse();
        const auto idleSince = Clock::now();
        CPPUNIT_ASSERT(client.waitForClose(kWait));
        const auto idle = Clock::now() - idleSince;
        CPPUNIT_ASSERT(idle >= 150ms && idle < 2s);
    }

    void cutsOffClientThatFallsTooFarBehind() {
        ServerLimits limits;
        limits.maxBufferedOutputBytes = 256 * 1024;
        auto refused = std::make_shared<std::promise<bool>>();
        std::promise<void> gone;
        startServer(
            [&](HttpRequest&&, std::shared_ptr<ResponseChannel> channel) {
                channel->onClientGone([&gone] { gone.set_value(); });
                channel->startStream(200, {});
                floodUntilGone(channel, refused);
            },
            limits);
        ServerTestClient client(server_->port(), 4096);
        client.send(get("/flood"));
        auto refusedFuture = refused->get_future();
        auto goneFuture = gone.get_future();
        CPPUNIT_ASSERT(ready(refusedFuture));
        CPPUNIT_ASSERT(refusedFuture.get());
        CPPUNIT_ASSERT(ready(goneFuture));
    }

    void cutsOffClientThatReadsNothingForTooLong() {
        ServerLimits limits;
        limits.clientSendTimeoutMs = 200;
        limits.maxBufferedOutputBytes = 64 << 20;
        std::promise<Clock::time_point> gone;
        startServer(
            [&](HttpRequest&&, std::shared_ptr<ResponseChannel> channel) {
                channel->onClientGone([&gone] { gone.set_value(Clock::now()); });
                channel->startStream(200, {});
                channel->sendChunk(std::string(16 << 20, 'x'));
            },
            limits);
        ServerTestClient client(server_->port(), 4096);
        const auto sent = Clock::now();
        client.send(get("/big"));
        auto goneFuture = gone.get_future();
        CPPUNIT_ASSERT(ready(goneFuture));
        const auto after = goneFuture.get() - sent;
        CPPUNIT_ASSERT(after >= 190ms && after < 3s);
    }

    void deliversOneResponseLargerThanTheBacklogLimit() {
        ServerLimits limits;
        limits.maxBufferedOutputBytes = 64 * 1024;
        const std::string large(20 << 20, 'L');
        startServer([&](HttpRequest&&, std::shared_ptr<ResponseChannel> channel) { channel->respond(200, {}, large); },
                    limits);
        ServerTestClient client(server_->port(), 4096);
        client.send(get("/large"));
        std::this_thread::sleep_for(50ms);
        CPPUNIT_ASSERT(client.readResponse().body == large);
    }

    void finishesWritingAfterTheClientHalfCloses() {
        const std::string large(8 << 20, 'H');
        startServer([&](HttpRequest&&, std::shared_ptr<ResponseChannel> channel) { channel->respond(200, {}, large); });
        ServerTestClient client(server_->port(), 4096);
        client.send(get("/large"));
        client.shutdownWrite();
        std::this_thread::sleep_for(50ms);
        CPPUNIT_ASSERT(client.readResponse().body == large);
        CPPUNIT_ASSERT(client.waitForClose(kWait));
    }

    void servesFromALoopKeptOnItsCpuWhileBusy() {
        const std::vector<int> every = cpusOf(pthread_self());
        if (every.size() < 2) return;  // on one CPU, kept and free look the same
        const int cpu = every.back();
        LoopPlacement placement{1, {cpu}};
        placement.busyPeriod = 100ms;
        server_ = std::make_unique<HttpServer>("127.0.0.1", 0, placement, ServerLimits{},
                                               [](HttpRequest&&, std::shared_ptr<ResponseChannel> channel) {
                                                   sluice::testsupport::burnCpu(10ms);
                                                   const std::vector<int> cpus = cpusOf(pthread_self());
                                                   channel->respond(200, {}, cpus.size() == 1 ? std::to_string(cpus[0]) : "");
                                               });
        server_->start();
        ServerTestClient client(server_->port());
        std::string answer;
        for (auto end = Clock::now() + 10s; answer.empty() && Clock::now() < end;) {
            client.send(get("/cpu"));
            answer = client.readResponse().body;
        }
        CPPUNIT_ASSERT_EQUAL(std::to_string(cpu), answer);
    }

private:
    void startServer(RequestHandler handler, ServerLimits limits = {}, int threads = 1) {
        server_ = std::make_unique<HttpServer>("127.0.0.1", 0, LoopPlacement{threads, {}}, limits, std::move(handler));
        server_->start();
    }

    std::unique_ptr<HttpServer> server_;
};

CPPUNIT_TEST_SUITE_REGISTRATION(HttpServerTest);
