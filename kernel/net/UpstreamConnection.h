// One non-blocking TCP (optionally TLS) connection to an upstream, carrying one exchange at a time.
#pragma once

#include "net/EventLoop.h"
#include "net/HttpClient.h"
#include "net/Resolver.h"
#include "net/ResponseParser.h"
#include "net/TlsSession.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace sluice::net {

/**
 * A connection to one upstream origin: connects (trying each address in
 * turn, then the TLS handshake), writes a request, parses the response and
 * reports it to a Listener as it arrives, enforcing the client's timeouts.
 * Between exchanges it can be parked in a pool, where the upstream closing
 * it (or sending anything unasked) is reported to an IdleListener. Loop
 * thread only.
 */
class UpstreamConnection final : public IoHandler, private ResponseParser::BodySink {
public:
    /** Why an exchange failed. */
    struct Failure {
        bool timedOut = false;
        bool retryable = false;  // a reused connection broke before any response byte: resending is safe
        std::string message;
    };

    /** Receives one exchange's response, on the loop thread. */
    class Listener {
    public:
        virtual ~Listener() = default;

        /** The final status and headers arrived. */
        virtual void onResponseHead(int status, const Headers& headers) = 0;

        /** Body bytes arrived (de-chunked); false abandons the exchange, and the listener closes the connection. */
        virtual bool onResponseBody(std::string_view bytes) = 0;

        /** The response ended; the connection is ready for the next exchange if reusable(). */
        virtual void onResponseComplete() = 0;

        /** The exchange failed and the connection is closed. */
        virtual void onExchangeFailed(const Failure& failure) = 0;
    };

    /** Hears that a parked connection was lost: closed by the upstream, broken, or sent bytes unasked. */
    class IdleListener {
    public:
        virtual ~IdleListener() = default;

        /** The connection is closed and should be dropped. */
        virtual void onIdleConnectionLost(UpstreamConnection& connection) = 0;
    };

    /** A closed connection to the origin named by poolKey ("scheme://host:port"). */
    UpstreamConnection(EventLoop& loop, const ClientTimeouts& timeouts, std::string poolKey);
    ~UpstreamConnection() override;
    UpstreamConnection(const UpstreamConnection&) = delete;
    UpstreamConnection& operator=(const UpstreamConnection&) = delete;

    /**
     * Starts connecting; with tls set, a handshake verifying host follows.
     * False, with error set, when no address could even be tried.
     */
    bool connect(AddressList addresses, SSL_CTX* tls, const std::string& host, std::string& error);

    /**
     * Sends request (which must stay valid until the exchange ends) and
     * reports the response to listener. An established connection writes at
     * once: false, with failure set, when that write failed (the listener is
     * not called then).
     */
    bool send(std::string_view request, bool headRequest, Listener& listener, Failure& failure);

    /** Whether the last exchange completed in a way that lets the connection carry another. */
    bool reusable() const noexcept { return phase_ == Phase::Ready && reusable_; }

    /** Leaves the connection idle, watched for the upstream closing it. */
    void park(IdleListener& idleListener);

    /** Closes the socket at once; no listener hears anything more. */
    void close();

    /** "scheme://host:port" of the upstream. */
    const std::string& poolKey() const noexcept { return poolKey_; }

    /**
     * Closes connection and frees it once the loop has finished the current
     * dispatch, which may still be running inside it.
     */
    static void retire(std::unique_ptr<UpstreamConnection> connection);

    /** Socket readiness, on the loop thread. */
    void onIo(uint32_t events) override;

private:
    using Clock = std::chrono::steady_clock;
    enum class Phase { Closed, Connecting, Handshaking, Exchanging, Ready, Parked };

    bool connectToNextAddress(std::string& error);
    bool startSocket(const SocketAddress& address, std::string& error);
    void closeSocket();
    void onConnectEvent();
    void continueHandshake();
    void onEstablished();
    void onExchangeEvent();
    bool flushRequest(Failure& failure);
    void readResponse();
    /** Parses received bytes; false once the exchange ended or the connection closed. */
    bool consume(size_t received);
    bool deliverHead();
    void finishExchange(bool reusable);
    /** The upstream closed the connection; truncated: over TLS, without close_notify, so no body may end there. */
    void onEndOfStream(bool truncated);
    void onParkedEvent();
    void failExchange(Failure failure);
    Failure brokenConnection(const std::string& what) const;

    TlsSession::Status readSome(size_t& received);
    TlsSession::Status writeSome(std::string_view bytes, size_t& written);
    void awaitSocket(TlsSession::Status wanted);
    void setInterest(uint32_t events);

    /** Moves the current phase's deadline; the timer is only re-armed when it would fire too late. */
    void setDeadline(Clock::time_point deadline);
    void armTimer(Clock::time_point due);
    void cancelTimer();
    void onTimer();
    std::string timeoutMessage() const;

    bool onBodyBytes(std::string_view bytes) override;

    EventLoop& loop_;
    ClientTimeouts timeouts_;
    std::string poolKey_;
    Phase phase_ = Phase::Closed;
    int fd_ = -1;
    uint32_t interest_ = 0;

    AddressList addresses_;
    size_t nextAddress_ = 0;
    SSL_CTX* tlsContext_ = nullptr;
    std::string host_;
    std::unique_ptr<TlsSession> tls_;
    std::string ioError_;

    Listener* listener_ = nullptr;
    IdleListener* idleListener_ = nullptr;
    std::string_view request_;
    size_t written_ = 0;
    bool requestSent_ = false;
    bool responseStarted_ = false;
    bool headReceived_ = false;
    bool servedBefore_ = false;
    bool reusable_ = false;
    ResponseParser parser_;
    std::unique_ptr<char[]> readBuffer_;

    Clock::time_point deadline_{};
    Clock::time_point timerDue_{};
    EventLoop::TimerId timer_ = 0;
    bool timerArmed_ = false;
};

}  // namespace sluice::net
