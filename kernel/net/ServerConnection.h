// One accepted client socket: reads and parses requests one at a time and writes their responses.
#pragma once

#include "net/ByteBuffer.h"
#include "net/EventLoop.h"
#include "net/HttpMessage.h"
#include "net/RequestBodyReader.h"
#include "net/RequestParser.h"
#include "net/ResponseFormat.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace sluice::net {

class ConnectionAcceptor;
class ConnectionChannel;
struct ServerLimits;

/**
 * An HTTP/1.1 server connection on one loop. It parses a request head,
 * reads the body (Content-Length or chunked), hands the request to the
 * application and parses nothing more until that response is complete, so
 * pipelined requests are answered in order. Output goes straight to the
 * socket; only what the socket does not take is buffered. The connection
 * enforces the server's limits, answering violations itself, and closes on
 * idleness, on a client that stops reading, and when asked to drain. A
 * client counts as too far behind when output is written while earlier
 * output is still waiting and the backlog then exceeds the limit, so one
 * large respond() to a healthy client is never cut off.
 */
class ServerConnection final : public IoHandler, public std::enable_shared_from_this<ServerConnection> {
public:
    /** Takes ownership of the connected, non-blocking socket fd of the client at clientAddress. */
    ServerConnection(int fd, ConnectionAcceptor& owner, std::string clientAddress);
    ~ServerConnection() override;
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    /** Starts watching the socket and the idle timer. */
    void start();

    /** Reads, parses and writes as the socket allows; closes on errors and end of stream. */
    void onIo(uint32_t events) override;

    /** The server is stopping: closes now when idle, otherwise right after the response in progress. */
    void drain();

    /** Closes at once; a request in progress learns that its client is gone. */
    void abort();

    /** Sends a whole response (called through the request's channel). */
    void respond(int status, const Headers& headers, std::string_view body);

    /** Sends the head of a streamed response (called through the request's channel). */
    void startStream(int status, const Headers& headers);

    /** Sends one piece of a streamed response; false when the client is gone (called through the channel). */
    bool sendChunk(std::string_view data);

    /** Ends a streamed response (called through the request's channel). */
    void endStream();

    /** The client's IP address, as text. */
    const std::string& clientAddress() const noexcept { return clientAddress_; }

private:
    using Clock = std::chrono::steady_clock;

    enum class Phase { ReadingHead, ReadingBody, Handling, Lingering };
    enum class Notify { Now, Later };

    void readInput();
    void onEndOfInput();
    void onBytesReceived();
    void processInput();
    bool readHead();
    bool beginRequest();
    bool admitHead();
    bool checkExpectation();
    bool readBody();
    void dispatch();
    void failHandler();
    void completeResponse();
    void scheduleProcessing();
    void answerError(int status, std::string_view message, std::string_view code,
                     std::string_view type = "invalid_request_error");
    void answer(const RequestBodyReader::Refusal& refusal);
    void answerAndClose(int status, const Headers& headers, std::string_view body);
    void beginGracefulClose();
    void shutdownAndLinger();
    void closeNow(Notify notify);
    bool write(std::string_view first, std::string_view second = {}, std::string_view third = {});
    void bufferUnsent(const std::string_view (&pieces)[3], size_t sent);
    void flushOutput();
    void updateEvents();
    void armTimer(Clock::time_point deadline);
    void onTimer();

    int fd_;
    ConnectionAcceptor& owner_;
    std::string clientAddress_;
    EventLoop& loop_;
    const ServerLimits& limits_;
    Phase phase_ = Phase::ReadingHead;
    bool closed_ = false;
    bool processing_ = false;
    bool readingEnabled_ = true;
    bool keepAlive_ = true;
    bool shutDown_ = false;
    bool inputEnded_ = false;
    uint32_t watchedEvents_ = 0;
    ByteBuffer input_;
    ByteBuffer output_;
    RequestParser parser_;
    HttpRequest request_;
    RequestBodyReader body_;
    bool headStarted_ = false;  // the next request's first bytes have arrived
    Clock::time_point phaseDeadline_{};  // when the head (or the body) being read must be complete
    bool headRequest_ = false;
    bool http11_ = true;
    std::shared_ptr<ConnectionChannel> channel_;
    bool streaming_ = false;
    bool streamBodySuppressed_ = false;
    BodyFraming streamFraming_ = BodyFraming::Chunked;
    std::string head_;
    size_t lingeredBytes_ = 0;
    EventLoop::TimerId timer_ = 0;
    Clock::time_point timerDeadline_{};
    Clock::time_point lastInput_{};
    Clock::time_point lastOutputProgress_{};
    Clock::time_point lingerDeadline_{};
};

}  // namespace sluice::net
