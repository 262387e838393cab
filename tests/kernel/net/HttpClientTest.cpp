// The upstream client against real loopback servers: framing, streaming, pooling, retries, timeouts,
// cancellation and TLS.
#include "net/EventLoop.h"
#include "net/HttpClient.h"

#include <cppunit/extensions/HelperMacros.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace sluice::net;
using namespace std::chrono_literals;

namespace {

/** True while the test is inside HttpClient::send, to catch handlers called re-entrantly. */
bool insideSend = false;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/** One accepted connection of a test server, plain or TLS. */
class ServerStream {
public:
    ServerStream(int fd, SSL* ssl) : fd_(fd), ssl_(ssl) {}

    ~ServerStream() { closeNow(); }

    /** The next request (head plus Content-Length body), or "" once the client closed. */
    std::string readRequest() {
        for (;;) {
            size_t headEnd = buffer_.find("\r\n\r\n");
            if (headEnd != std::string::npos) {
                size_t total = headEnd + 4 + contentLength(buffer_.substr(0, headEnd));
                if (buffer_.size() >= total) {
                    std::string request = buffer_.substr(0, total);
                    buffer_.erase(0, total);
                    return request;
                }
            }
            char chunk[4096];
            ssize_t count = receive(chunk, sizeof chunk);
            if (count <= 0) return {};
            buffer_.append(chunk, static_cast<size_t>(count));
        }
    }

    /** Writes all of text; false once the client is gone. */
    bool write(std::string_view text) {
        while (!text.empty()) {
            ssize_t count = ssl_ ? SSL_write(ssl_, text.data(), static_cast<int>(text.size()))
                                 : ::send(fd_, text.data(), text.size(), MSG_NOSIGNAL);
            if (count <= 0) return false;
            text.remove_prefix(static_cast<size_t>(count));
        }
        return true;
    }

    /** Waits until the client closes the connection; false when it is still open after timeout. */
    bool waitForClose(std::chrono::milliseconds timeout) {
        auto deadline = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < deadline) {
            pollfd ready{fd_, POLLIN, 0};
            if (::poll(&ready, 1, 20) <= 0) continue;
            char chunk[4096];
            if (receive(chunk, sizeof chunk) <= 0) return true;
        }
        return false;
    }

    /** Sends TLS close_notify (nothing on a plain connection), then closes. */
    void closeCleanly() {
        if (ssl_) SSL_shutdown(ssl_);
        closeNow();
    }

    /** Closes the connection now (as an upstream dropping an idle keep-alive connection does; no close_notify). */
    void closeNow() {
        if (ssl_) SSL_free(ssl_);
        ssl_ = nullptr;
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }

private:
    static size_t contentLength(std::string head) {
        std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
        size_t at = head.find("\r\ncontent-length:");
        return at == std::string::npos ? 0 : std::stoul(head.substr(at + 17));
    }

    ssize_t receive(char* into, size_t size) {
        return ssl_ ? SSL_read(ssl_, into, static_cast<int>(size)) : ::recv(fd_, into, size, 0);
    }

    int fd_;
    SSL* ssl_;
    std::string buffer_;
};

/** A blocking loopback server: each accepted connection runs `session` on a thread of its own. */
class TestServer {
public:
    using Session = std::function<void(ServerStream&, int connectionNumber)>;

    explicit TestServer(Session session, SSL_CTX* tls = nullptr) : session_(std::move(session)), tls_(tls) {
        listenFd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(listenFd_, reinterpret_cast<sockaddr*>(&address), length) != 0 || ::listen(listenFd_, 64) != 0)
            throw std::runtime_error("test server cannot listen");
        ::getsockname(listenFd_, reinterpret_cast<sockaddr*>(&address), &length);
        port_ = ntohs(address.sin_port);
        acceptor_ = std::thread([this] { acceptUntilStopped(); });
    }

    ~TestServer() {
        stopping_ = true;
        acceptor_.join();
        for (std::thread& session : sessions_) session.join();
        ::close(listenFd_);
    }

    /** An http(s) URL on this server. */
    std::string url(const std::string& host = "127.0.0.1") const {
        return std::string(tls_ ? "https://" : "http://") + host + ":" + std::to_string(port_) + "/v1/test?x=1";
    }

    uint16_t port() const { return port_; }

    /** TCP connections accepted so far. */
    int accepts() const { return accepts_; }

private:
    void acceptUntilStopped() {
        while (!stopping_) {
            pollfd ready{listenFd_, POLLIN, 0};
            if (::poll(&ready, 1, 20) <= 0) continue;
            int fd = ::accept4(listenFd_, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0) continue;
            timeval limit{10, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
            int number = ++accepts_;
            sessions_.emplace_back([this, fd, number] { serve(fd, number); });
        }
    }

    void serve(int fd, int number) {
        SSL* ssl = nullptr;
        if (tls_) {
            ssl = SSL_new(tls_);
            SSL_set_fd(ssl, fd);
            if (SSL_accept(ssl) != 1) {
                SSL_free(ssl);
                ::close(fd);
                return;
            }
        }
        ServerStream stream(fd, ssl);
        session_(stream, number);
    }

    Session session_;
    SSL_CTX* tls_;
    int listenFd_ = -1;
    uint16_t port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<int> accepts_{0};
    std::thread acceptor_;
    std::vector<std::thread> sessions_;
};

/** Answers every request on the connection with `response` until the client closes. */
TestServer::Session answerEachWith(std::string response) {
    return [response](ServerStream& stream, int) {
        while (!stream.readRequest().empty()) {
            if (!stream.write(response)) return;
        }
    };
}

const std::string kOkResponse = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";

/** Records what the client reports; stops the loop when the call ends. */
class RecordingHandler : public UpstreamHandler {
public:
    explicit RecordingHandler(EventLoop& loop) : loop_(loop) {}

    void onHead(int headStatus, const Headers& headHeaders) override {
        record("head");
        status = headStatus;
        headers = headHeaders;
    }

    bool onBody(std::string_view bytes) override {
        record("body");
        body.append(bytes);
        return bodyHook ? bodyHook(bytes) : true;
    }

    void onComplete() override {
        record("complete");
        loop_.stop();
    }

    void onFailure(bool failureTimedOut, const std::string& failureMessage) override {
        record("failure");
        timedOut = failureTimedOut;
        message = failureMessage;
        loop_.stop();
    }

    /** True once onComplete or onFailure ran. */
    bool ended() const { return !events.empty() && (events.back() == "complete" || events.back() == "failure"); }

    /** The callbacks in order, with repeated "body" entries collapsed. */
    std::string sequence() const {
        std::string joined;
        for (const std::string& event : events) {
            if (event == "body" && contains(joined, "body")) continue;
            joined += joined.empty() ? event : " " + event;
        }
        return joined;
    }

    std::vector<std::string> events;
    int status = 0;
    Headers headers;
    std::string body;
    bool timedOut = false;
    std::string message;
    bool calledReentrantly = false;
    std::function<bool(std::string_view)> bodyHook;

private:
    void record(const char* event) {
        events.emplace_back(event);
        calledReentrantly = calledReentrantly || insideSend;
    }

    EventLoop& loop_;
};

ClientRequest post(const std::string& url, std::string body = "{\"model\":\"m\"}") {
    ClientRequest request;
    request.url = url;
    request.headers = {{"Authorization", "Bearer sk-secret-key"}, {"Content-Type", "application/json"}};
    request.body = std::move(body);
    return request;
}

/** A port nothing listens on (bound, then released). */
uint16_t unusedPort() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), length);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

/** A throwaway self-signed certificate for localhost and 127.0.0.1, and a server context using it. */
class TestCertificate {
public:
    TestCertificate() {
        char pattern[] = "/tmp/sluice-net-test-XXXXXX";
        if (!::mkdtemp(pattern)) throw std::runtime_error("mkdtemp failed");
        dir_ = pattern;
        std::string command = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1"
                              " -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1"
                              " -keyout " + keyFile() + " -out " + certFile() + " >/dev/null 2>&1";
        if (std::system(command.c_str()) != 0) throw std::runtime_error("openssl req failed");
        server_ = SSL_CTX_new(TLS_server_method());
        if (SSL_CTX_use_certificate_file(server_, certFile().c_str(), SSL_FILETYPE_PEM) != 1 ||
            SSL_CTX_use_PrivateKey_file(server_, keyFile().c_str(), SSL_FILETYPE_PEM) != 1)
            throw std::runtime_error("cannot load the test certificate");
    }

    ~TestCertificate() {
        SSL_CTX_free(server_);
        std::filesystem::remove_all(dir_);
    }

    std::string certFile() const { return dir_ + "/cert.pem"; }
    std::string keyFile() const { return dir_ + "/key.pem"; }
    SSL_CTX* serverContext() const { return server_; }

private:
    std::string dir_;
    SSL_CTX* server_ = nullptr;
};

}  // namespace

class HttpClientTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(HttpClientTest);
    CPPUNIT_TEST(deliversContentLengthResponse);
    CPPUNIT_TEST(writesManagedHeadersOnce);
    CPPUNIT_TEST(streamsChunkedBodyAsItArrives);
    CPPUNIT_TEST(reusesKeepAliveConnection);
    CPPUNIT_TEST(keepsAtMostMaxIdlePerOrigin);
    CPPUNIT_TEST(retriesStalePooledConnectionTransparently);
    CPPUNIT_TEST(doesNotRetryFreshConnection);
    CPPUNIT_TEST(reportsConnectionRefused);
    CPPUNIT_TEST(resolvesHostNames);
    CPPUNIT_TEST(timesOutWaitingForFirstByte);
    CPPUNIT_TEST(timesOutWhenBodyStalls);
    CPPUNIT_TEST(keepsStreamingWhileBytesFlow);
    CPPUNIT_TEST(cancelMidBodyDropsConnection);
    CPPUNIT_TEST(bodyRefusalAbandonsCall);
    CPPUNIT_TEST(reportsBadUrlLater);
    CPPUNIT_TEST(refusesHeaderInjection);
    CPPUNIT_TEST(cancelSilencesPendingFailure);
    CPPUNIT_TEST(callsOverTlsWithKeepAlive);
    CPPUNIT_TEST(refusesUnknownCertificateAuthority);
    CPPUNIT_TEST(endsTlsBodyAtCloseNotify);
    CPPUNIT_TEST(failsTlsBodyCutWithoutCloseNotify);
    CPPUNIT_TEST_SUITE_END();

public:
    void setUp() override {
        std::signal(SIGPIPE, SIG_IGN);  // as `sluice serve` does: TLS writes to a dropped peer raise it
        loop_ = std::make_unique<EventLoop>();
    }

    void tearDown() override { loop_.reset(); }

    void deliversContentLengthResponse() {
        TestServer server(answerEachWith("HTTP/1.1 201 Created\r\nContent-Length: 5\r\nX-Upstream: Yes\r\n\r\nhello"));
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        send(client, post(server.url()), handler);
        runUntilStopped();
        CPPUNIT_ASSERT_EQUAL(std::string("head body complete"), handler->sequence());
        CPPUNIT_ASSERT_EQUAL(201, handler->status);
        CPPUNIT_ASSERT_EQUAL(std::string("Yes"), std::string(headerValue(handler->headers, "x-upstream")));
        CPPUNIT_ASSERT_EQUAL(std::string("hello"), handler->body);
        CPPUNIT_ASSERT(!handler->calledReentrantly);
    }

    void writesManagedHeadersOnce() {
        std::promise<std::string> seen;
        TestServer server([&](ServerStream& stream, int) {
            seen.set_value(stream.readRequest());
            stream.write(kOkResponse);
        });
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        ClientRequest request = post(server.url(), "abc");
        request.headers.push_back({"Host", "evil.example"});
        request.headers.push_back({"content-length", "999"});
        request.headers.push_back({"X-Custom", "1"});
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        send(client, request, handler);
        runUntilStopped();
        std::string wire = seen.get_future().get();
        std::string host = "Host: 127.0.0.1:" + std::to_string(server.port()) + "\r\n";
        CPPUNIT_ASSERT_EQUAL(size_t(0), wire.find("POST /v1/test?x=1 HTTP/1.1\r\n"));
        CPPUNIT_ASSERT(contains(wire, host));
        CPPUNIT_ASSERT(contains(wire, "\r\nContent-Length: 3\r\n"));
        CPPUNIT_ASSERT(contains(wire, "\r\nConnection: keep-alive\r\n"));
        CPPUNIT_ASSERT(contains(wire, "\r\nAuthorization: Bearer sk-secret-key\r\n"));
        CPPUNIT_ASSERT(contains(wire, "\r\nX-Custom: 1\r\n"));
        CPPUNIT_ASSERT(!contains(wire, "evil.example"));
        CPPUNIT_ASSERT(!contains(wire, "999"));
        CPPUNIT_ASSERT(wire.size() > 3 && wire.substr(wire.size() - 7) == "\r\n\r\nabc");
    }

    void streamsChunkedBodyAsItArrives() {
        std::promise<void> firstBytesArrived;
        std::atomic<bool> arrivedBeforeServerFinished{false};
        TestServer server([&](ServerStream& stream, int) {
            stream.readRequest();
            stream.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n");
            auto arrived = firstBytesArrived.get_future().wait_for(5s);
            arrivedBeforeServerFinished = arrived == std::future_status::ready;
            stream.write("6\r\nsecond\r\n0\r\n\r\n");
            stream.waitForClose(5s);
        });
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        bool signalled = false;
        handler->bodyHook = [&](std::string_view) {
            if (!signalled) firstBytesArrived.set_value();
            signalled = true;
            return true;
        };
        send(client, post(server.url()), handler);
        runUntilStopped();
        CPPUNIT_ASSERT(arrivedBeforeServerFinished);
        CPPUNIT_ASSERT_EQUAL(std::string("head body complete"), handler->sequence());
        CPPUNIT_ASSERT_EQUAL(std::string("firstsecond"), handler->body);
    }

    void reusesKeepAliveConnection() {
        TestServer server(answerEachWith(kOkResponse));
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        for (int i = 0; i < 3; ++i) {
            auto handler = std::make_shared<RecordingHandler>(*loop_);
            send(client, post(server.url()), handler);
            runUntilStopped();
            CPPUNIT_ASSERT_EQUAL(std::string("head body complete"), handler->sequence());
        }
        CPPUNIT_ASSERT_EQUAL(1, server.accepts());
    }

    void keepsAtMostMaxIdlePerOrigin() {
        TestServer server(answerEachWith(kOkResponse));
        HttpClient client(*loop_, ClientTimeouts{}, 1);
        sendConcurrently(client, server.url(), 3);
        CPPUNIT_ASSERT_EQUAL(3, server.accepts());
        sendConcurrently(client, server.url(), 2);  // one pooled connection survived, one more is opened
        CPPUNIT_ASSERT_EQUAL(4, server.accepts());
    }

    void retriesStalePooledConnectionTransparently() {
        std::promise<void> dropIdleConnection;
        std::promise<void> dropped;
        TestServer server([&](ServerStream& stream, int number) {
            if (number > 1) return answerEachWith(kOkResponse)(stream, number);
            stream.readRequest();
            stream.write(kOkResponse);
            dropIdleConnection.get_future().wait_for(5s);
            stream.closeNow();
            dropped.set_value();
        });
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        auto first = std::make_shared<RecordingHandler>(*loop_);
        send(client, post(server.url()), first);
        runUntilStopped();

        dropIdleConnection.set_value();
        dropped.get_future().wait_for(5s);
        std::this_thread::sleep_for(50ms);  // let the FIN land on the pooled socket; the loop is not running
        auto second = std::make_shared<RecordingHandler>(*loop_);
        send(client, post(server.url()), second);
        runUntilStopped();
        CPPUNIT_ASSERT_EQUAL(std::string("head body complete"), second->sequence());
        CPPUNIT_ASSERT_EQUAL(std::string("ok"), second->body);
        CPPUNIT_ASSERT_EQUAL(2, server.accepts());
    }

    void doesNotRetryFreshConnection() {
        TestServer server([](ServerStream& stream, int) { stream.readRequest(); });
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        send(client, post(server.url()), handler);
        runUntilStopped();
        CPPUNIT_ASSERT_EQUAL(std::string("failure"), handler->sequence());
        CPPUNIT_ASSERT(!handler->timedOut);
        CPPUNIT_ASSERT(contains(handler->message, "closed the connection before responding"));
        CPPUNIT_ASSERT_EQUAL(1, server.accepts());
    }

    void reportsConnectionRefused() {
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        send(client, post("http://127.0.0.1:" + std::to_string(unusedPort()) + "/v1/x"), handler);
        runUntilStopped();
        CPPUNIT_ASSERT_EQUAL(std::string("failure"), handler->sequence());
        CPPUNIT_ASSERT(!handler->timedOut);
        CPPUNIT_ASSERT_MESSAGE(handler->message, contains(handler->message, "cannot connect"));
        CPPUNIT_ASSERT(!contains(handler->message, "sk-secret"));
        CPPUNIT_ASSERT(!handler->calledReentrantly);
    }

    void resolvesHostNames() {
        TestServer server(answerEachWith(kOkResponse));
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        for (int i = 0; i < 2; ++i) {
            auto handler = std::make_shared<RecordingHandler>(*loop_);
            send(client, post(server.url("localhost")), handler);
            runUntilStopped();
            CPPUNIT_ASSERT_EQUAL_MESSAGE(handler->message, std::string("head body complete"), handler->sequence());
        }
    }

    void timesOutWaitingForFirstByte() {
        TestServer server([](ServerStream& stream, int) {
            stream.readRequest();
            stream.waitForClose(5s);
        });
        ClientTimeouts timeouts;
        timeouts.firstByteMs = 200;
        HttpClient client(*loop_, timeouts, 4);
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        auto started = std::chrono::steady_clock::now();
        send(client, post(server.url()), handler);
        runUntilStopped();
        CPPUNIT_ASSERT_EQUAL(std::string("failure"), handler->sequence());
        CPPUNIT_ASSERT(handler->timedOut);
        CPPUNIT_ASSERT(std::chrono::steady_clock::now() - started >= 190ms);
        CPPUNIT_ASSERT(!contains(handler->message, "sk-secret"));
    }

    void timesOutWhenBodyStalls() {
        TestServer server([](ServerStream& stream, int) {
            stream.readRequest();
            stream.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n");
            stream.waitForClose(5s);
        });
        ClientTimeouts timeouts;
        timeouts.idleMs = 200;
        HttpClient client(*loop_, timeouts, 4);
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        send(client, post(server.url()), handler);
        runUntilStopped();
        CPPUNIT_ASSERT_EQUAL(std::string("head body failure"), handler->sequence());
        CPPUNIT_ASSERT(handler->timedOut);
        CPPUNIT_ASSERT_EQUAL(std::string("abc"), handler->body);
    }

    void keepsStreamingWhileBytesFlow() {
        TestServer server([](ServerStream& stream, int) {
            stream.readRequest();
            stream.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int i = 0; i < 5; ++i) {
                std::this_thread::sleep_for(100ms);
                stream.write("1\r\n" + std::to_string(i) + "\r\n");
            }
            stream.write("0\r\n\r\n");
            stream.waitForClose(5s);
        });
        ClientTimeouts timeouts;
        timeouts.firstByteMs = 300;
        timeouts.idleMs = 300;
        HttpClient client(*loop_, timeouts, 4);
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        send(client, post(server.url()), handler);
        runUntilStopped();
        CPPUNIT_ASSERT_EQUAL_MESSAGE(handler->message, std::string("head body complete"), handler->sequence());
        CPPUNIT_ASSERT_EQUAL(std::string("01234"), handler->body);
    }

    void cancelMidBodyDropsConnection() {
        std::shared_ptr<UpstreamCall> call;
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        handler->bodyHook = [&](std::string_view) {
            call->cancel();
            return true;
        };
        checkAbandonedMidBody(handler, call);
    }

    void bodyRefusalAbandonsCall() {
        std::shared_ptr<UpstreamCall> call;
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        handler->bodyHook = [](std::string_view) { return false; };
        checkAbandonedMidBody(handler, call);
    }

    void reportsBadUrlLater() {
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        for (std::string url : {"ftp://example.com/", "http://", "http://host:99999/", "http://a b/", "nonsense"}) {
            auto handler = std::make_shared<RecordingHandler>(*loop_);
            send(client, post(url), handler);
            CPPUNIT_ASSERT(handler->events.empty());
            runUntilStopped();
            CPPUNIT_ASSERT_EQUAL(std::string("failure"), handler->sequence());
            CPPUNIT_ASSERT(contains(handler->message, "invalid upstream URL"));
            CPPUNIT_ASSERT(!handler->calledReentrantly);
        }
    }

    void refusesHeaderInjection() {
        TestServer server(answerEachWith(kOkResponse));
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        ClientRequest request = post(server.url());
        request.headers.push_back({"X-Injected", "sk-secret\r\nX-Evil: 1"});
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        send(client, request, handler);
        runUntilStopped();
        CPPUNIT_ASSERT_EQUAL(std::string("failure"), handler->sequence());
        CPPUNIT_ASSERT(contains(handler->message, "X-Injected"));
        CPPUNIT_ASSERT(!contains(handler->message, "sk-secret"));
        CPPUNIT_ASSERT(!handler->calledReentrantly);
        CPPUNIT_ASSERT_EQUAL(0, server.accepts());
    }

    void cancelSilencesPendingFailure() {
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        send(client, post("bad url"), handler)->cancel();
        runFor(100ms);
        CPPUNIT_ASSERT(handler->events.empty());
    }

    void callsOverTlsWithKeepAlive() {
        TestCertificate certificate;
        TestServer server(answerEachWith("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecret"),
                          certificate.serverContext());
        HttpClient client(*loop_, ClientTimeouts{}, 4, TlsOptions{certificate.certFile()});
        for (std::string host : {"127.0.0.1", "localhost"}) {
            auto handler = std::make_shared<RecordingHandler>(*loop_);
            send(client, post(server.url(host)), handler);
            runUntilStopped();
            CPPUNIT_ASSERT_EQUAL_MESSAGE(handler->message, std::string("head body complete"), handler->sequence());
            CPPUNIT_ASSERT_EQUAL(std::string("secret"), handler->body);
        }
        auto again = std::make_shared<RecordingHandler>(*loop_);
        send(client, post(server.url()), again);
        runUntilStopped();
        CPPUNIT_ASSERT_EQUAL(std::string("head body complete"), again->sequence());
        CPPUNIT_ASSERT_EQUAL(2, server.accepts());  // one per origin: 127.0.0.1 and localhost
    }

    void refusesUnknownCertificateAuthority() {
        TestCertificate certificate;
        TestServer server(answerEachWith(kOkResponse), certificate.serverContext());
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        send(client, post(server.url()), handler);
        runUntilStopped();
        CPPUNIT_ASSERT_EQUAL(std::string("failure"), handler->sequence());
        CPPUNIT_ASSERT(!handler->timedOut);
        CPPUNIT_ASSERT_MESSAGE(handler->message, contains(handler->message, "certificate verify failed"));
    }

    void endsTlsBodyAtCloseNotify() {
        auto handler = callTlsServerThatEndsTheBody([](ServerStream& stream) { stream.closeCleanly(); });
        CPPUNIT_ASSERT_EQUAL_MESSAGE(handler->message, std::string("head body complete"), handler->sequence());
        CPPUNIT_ASSERT_EQUAL(std::string("until the close"), handler->body);
    }

    void failsTlsBodyCutWithoutCloseNotify() {
        auto handler = callTlsServerThatEndsTheBody([](ServerStream& stream) { stream.closeNow(); });
        CPPUNIT_ASSERT_EQUAL(std::string("head body failure"), handler->sequence());
        CPPUNIT_ASSERT(!handler->timedOut);
        CPPUNIT_ASSERT_MESSAGE(handler->message, contains(handler->message, "without TLS close_notify"));
    }

private:
    /** Calls a TLS server that sends a body framed by its close, then ends the connection with close. */
    std::shared_ptr<RecordingHandler> callTlsServerThatEndsTheBody(std::function<void(ServerStream&)> close) {
        TestCertificate certificate;
        TestServer server(
            [&](ServerStream& stream, int) {
                stream.readRequest();
                stream.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the close");
                close(stream);
            },
            certificate.serverContext());
        HttpClient client(*loop_, ClientTimeouts{}, 4, TlsOptions{certificate.certFile()});
        auto handler = std::make_shared<RecordingHandler>(*loop_);
        send(client, post(server.url()), handler);
        runUntilStopped();
        return handler;
    }

    std::shared_ptr<UpstreamCall> send(HttpClient& client, ClientRequest request,
                                       std::shared_ptr<RecordingHandler> handler) {
        insideSend = true;
        std::shared_ptr<UpstreamCall> call = client.send(std::move(request), std::move(handler));
        insideSend = false;
        return call;
    }

    /** Runs the loop until a handler stops it; fails the test if that takes longer than limit. */
    void runUntilStopped(std::chrono::milliseconds limit = 10s) {
        bool expired = false;
        EventLoop::TimerId watchdog = loop_->runAfter(limit, [&] {
            expired = true;
            loop_->stop();
        });
        loop_->run();
        loop_->cancel(watchdog);
        CPPUNIT_ASSERT_MESSAGE("the call did not end in time", !expired);
    }

    /** Starts count calls at once and runs the loop until all of them completed. */
    void sendConcurrently(HttpClient& client, const std::string& url, int count) {
        std::vector<std::shared_ptr<RecordingHandler>> handlers;
        for (int i = 0; i < count; ++i) {
            handlers.push_back(std::make_shared<RecordingHandler>(*loop_));
            send(client, post(url), handlers.back());
        }
        while (!std::all_of(handlers.begin(), handlers.end(), [](const auto& handler) { return handler->ended(); }))
            runUntilStopped();
        for (const auto& handler : handlers)
            CPPUNIT_ASSERT_EQUAL(std::string("head body complete"), handler->sequence());
    }

    void runFor(std::chrono::milliseconds duration) {
        EventLoop::TimerId timer = loop_->runAfter(duration, [&] { loop_->stop(); });
        loop_->run();
        loop_->cancel(timer);
    }

    /** The server streams until the client drops; the handler (set to abandon on its first body) hears no more. */
    void checkAbandonedMidBody(const std::shared_ptr<RecordingHandler>& handler, std::shared_ptr<UpstreamCall>& call) {
        std::promise<bool> clientDropped;
        TestServer server([&](ServerStream& stream, int) {
            stream.readRequest();
            bool open = stream.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n");
            auto deadline = std::chrono::steady_clock::now() + 5s;
            while (open && std::chrono::steady_clock::now() < deadline) {
                std::this_thread::sleep_for(10ms);
                open = stream.write("4\r\nmore\r\n");
            }
            clientDropped.set_value(!open);
        });
        HttpClient client(*loop_, ClientTimeouts{}, 4);
        call = send(client, post(server.url()), handler);
        runFor(300ms);
        CPPUNIT_ASSERT(clientDropped.get_future().get());
        runFor(50ms);
        CPPUNIT_ASSERT_EQUAL(std::string("head body"), handler->sequence());
        CPPUNIT_ASSERT_EQUAL(size_t(2), handler->events.size());
        CPPUNIT_ASSERT_EQUAL(std::string("first"), handler->body);
    }

    std::unique_ptr<EventLoop> loop_;
};

CPPUNIT_TEST_SUITE_REGISTRATION(HttpClientTest);
