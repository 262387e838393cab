#pragma once

#include "ChatResponder.h"
#include "MessagesResponder.h"
#include "Scenario.h"
#include "TimerQueue.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::mock {

/**
 * One accepted client socket: parses HTTP/1.1 requests (Content-Length
 * bodies, keep-alive), decides each reply (in OpenAI's or Anthropic's wire
 * format, by route), and plays it out, waiting on TimerQueue wake-ups for
 * latency and between stream chunks so a loop can hold thousands of slow
 * streams. Requests are answered strictly one after another. The socket must
 * be non-blocking and registered edge-triggered for both reading and writing,
 * so no epoll_ctl change is ever needed.
 */
class HttpConnection {
public:
    /** Takes ownership of `fd`; the other references must outlive the connection. */
    HttpConnection(int fd, TimerQueue& timers, ChatResponder& responder, MessagesResponder& messagesResponder,
                   const Scenario& defaults);
    /** Closes the socket; any timer still queued for it is ignored from then on. */
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    /** Reads what arrived and answers every complete request; false when the connection should be dropped. */
    [[nodiscard]] bool onReadable(std::int64_t nowNs);
    /** Sends output that was waiting for socket space; false when the connection should be dropped. */
    [[nodiscard]] bool onWritable(std::int64_t nowNs);
    /** Handles a due timer, ignoring it unless `token` is current; false when the connection should be dropped. */
    [[nodiscard]] bool onTimer(std::uint64_t token, std::int64_t nowNs);

private:
    /** Where the connection is in answering its current request. */
    enum class Phase { ReadingRequest, Delaying, Streaming, Closing };
    enum class Route { Health, Models, ChatCompletions, Messages, NotFound };
    enum class Reply { Health, Models, Completion, Message, Error };

    /** Answers queued requests as far as possible, then flushes output. */
    bool advance(std::int64_t nowNs);
    /** True when the next request is complete and its reply decided; false if it needs more bytes or was rejected. */
    bool takeRequest();
    bool parseHead(std::size_t headLength);
    bool parseRequestLine(std::string_view line);
    bool parseHeaderLine(char* line, std::size_t length);
    void readBearerKey(std::string_view value);
    /** Takes `key` as the API key (the last one sent wins), keeping its last 4 characters for x-mock-key-suffix. */
    void readKey(std::string_view key);
    void decideReply(std::string_view body);
    /** Reads the body of POST /v1/chat/completions; returns the 400 message for a bad one, empty when it is fine. */
    std::string_view readChatBody(std::string_view body);
    /** Reads the body of POST /v1/messages; returns the 400 message for a bad one, empty when it is fine. */
    std::string_view readMessagesBody(std::string_view body);
    /** Waits out the latency, or starts the reply at once. */
    void scheduleReply(std::int64_t nowNs);
    void startReply(std::int64_t nowNs);
    /** Plays a started stream's content chunks: all at once, or one per chunk delay. */
    void playStream(std::int64_t nowNs, const ResponseWriter::Context& replyContext);
    void continueStream();
    /** Writes the next content chunk in the route's wire format. */
    void writeNextChunk(const ResponseWriter::Context& replyContext);
    /** Writes the end of the stream in the route's wire format. */
    void writeStreamEnd(const ResponseWriter::Context& replyContext);
    void finishReply();
    /** Answers an HTTP-level error and closes after it is sent. */
    void reject(int status, std::string_view message);
    /** Writes queued output; false when the socket failed or a closing connection is done. */
    bool flush();
    std::size_t queuedOutput() const { return output_.size() - outputSent_; }
    ResponseWriter::Context context() const;

    int fd_;
    TimerQueue& timers_;
    ChatResponder& responder_;
    MessagesResponder& messagesResponder_;
    const Scenario& defaults_;

    std::string input_;
    std::string output_;
    std::size_t outputSent_ = 0;
    /** Where to resume looking for the end of the request head. */
    std::size_t headScanFrom_ = 0;
    /** Length of the parsed head of the current request; 0 while it is incomplete. */
    std::size_t headLength_ = 0;
    std::size_t contentLength_ = 0;
    Phase phase_ = Phase::ReadingRequest;
    std::uint64_t timerToken_ = 0;
    std::int64_t nextEventNs_ = 0;

    // The request being answered.
    Route route_ = Route::NotFound;
    Reply reply_ = Reply::Error;
    Scenario scenario_;
    ResponseWriter::Error error_;
    std::string errorMessage_;
    std::string model_;
    std::string keySuffix_;
    /** The whole API key, repeated only by x-mock-hostile: echo-key. */
    std::string key_;
    /** The conversation answers a tool call (x-mock-tool-call then answers as usual). */
    bool toolResultSeen_ = false;
    std::string chunkPrefix_;
    std::uint32_t promptTokens_ = 1;
    std::uint32_t nextChunk_ = 0;
    bool http10_ = false;
    bool keepAlive_ = true;
    bool hasKey_ = false;
    bool stream_ = false;
    bool includeUsage_ = false;
    bool thinking_ = false;
    /** The request carried anthropic-version, which POST /v1/messages requires. */
    bool hasVersion_ = false;
    bool expectContinue_ = false;
    bool continueSent_ = false;
    bool badOverride_ = false;
};

}  // namespace sluice::mock
