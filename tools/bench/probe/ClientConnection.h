#pragma once

#include "ConnectionListener.h"
#include "ResponseParser.h"

#include <netinet/in.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::probe {

class EventLoop;

/**
 * One keep-alive client connection: connects lazily (non-blocking, TCP_NODELAY),
 * writes the run's request, parses the response as it arrives, and reports to
 * its ConnectionListener. It reconnects on the next send() when the server
 * closed it. The socket is registered with epoll once per connect, edge
 * triggered for reading and writing, so a request costs one send() and
 * usually one recv(), with no epoll_ctl.
 */
class ClientConnection : private ResponseParser::BodySink {
public:
    /** What every connection of a run sends, and where. */
    struct Target {
        /** 127.0.0.1 and the port from --url. */
        sockaddr_in address{};
        /** The serialized request (see formatRequest). */
        std::string request;
        /** Streams may run long: restart the response time limit on every byte received, not only at send. */
        bool limitIdleTimeOnly = false;
    };

    /** A response (or, for streams, a silence) longer than this fails with RequestFailure::Timeout. */
    static constexpr std::int64_t kTimeLimitNs = 30'000'000'000;

    /** An unconnected connection; `index` identifies it to its workload. The references must outlive it. */
    ClientConnection(std::uint32_t index, const Target& target, EventLoop& loop, ConnectionListener& listener);
    /** Closes the socket, reporting nothing. */
    ~ClientConnection() override;
    ClientConnection(const ClientConnection&) = delete;
    ClientConnection& operator=(const ClientConnection&) = delete;

    /** The connection's index within its workload. */
    std::uint32_t index() const { return index_; }
    /** When the current request was due: the origin of its latency. */
    std::int64_t dueNs() const { return dueNs_; }
    /** When the current request was actually handed to the socket. */
    std::int64_t sentNs() const { return sentNs_; }
    /** The response's status code, once its head has arrived. */
    int status() const { return parser_.status(); }

    /**
     * Sends the request (connecting first if needed) at `nowNs`; it was due at
     * `dueNs`. Must not be called while a request is in flight. A failure may be reported to
     * the listener before this returns.
     */
    void send(std::int64_t dueNs, std::int64_t nowNs);
    /** Handles epoll readiness `events` for the socket numbered `generation` (stale numbers are ignored). */
    void onSocketEvent(std::uint32_t generation, std::uint32_t events, std::int64_t nowNs);
    /** Fails the request in flight with RequestFailure::Timeout if it has run over its time limit. */
    void checkTimeout(std::int64_t nowNs);

private:
    bool openSocket();
    void closeSocket();
    /** Writes what is left of the request; false when that failed (and was reported). */
    bool writeRequest(std::int64_t nowNs);
    void readResponse(std::uint32_t events, std::int64_t nowNs);
    void completeResponse(std::int64_t nowNs);
    void fail(RequestFailure failure, std::int64_t nowNs);
    void onBody(std::string_view bytes) override;

    std::uint32_t index_;
    const Target& target_;
    EventLoop& loop_;
    ConnectionListener& listener_;
    ResponseParser parser_;
    int fd_ = -1;
    /** Numbers each socket this connection opens, so events for a closed one are recognised and dropped. */
    std::uint32_t generation_ = 0;
    bool connecting_ = false;
    bool busy_ = false;
    std::size_t requestBytesSent_ = 0;
    std::int64_t dueNs_ = 0;
    std::int64_t sentNs_ = 0;
    std::int64_t deadlineNs_ = 0;
    /** When the bytes being parsed arrived, for onBody. */
    std::int64_t receivedNs_ = 0;
};

}  // namespace sluice::probe
