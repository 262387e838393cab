#include "HttpConnection.h"

#include "ChatRequest.h"
#include "MessagesRequest.h"

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cstring>

namespace sluice::mock {
namespace {

constexpr std::size_t kMaxHeadBytes = 16 * 1024;
constexpr std::size_t kMaxBodyBytes = 16 * 1024 * 1024;
/** Unanswered input beyond this means the client is flooding us: drop it. */
constexpr std::size_t kMaxInputBytes = kMaxHeadBytes + kMaxBodyBytes;
/** Queued output beyond this pauses answering further requests until the client reads. */
constexpr std::size_t kMaxQueuedOutput = 1024 * 1024;
constexpr std::int64_t kNanosecondsPerMillisecond = 1'000'000;

constexpr std::string_view kMissingKeyMessage =
    "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer "
    "auth (i.e. Authorization: Bearer YOUR_KEY).";
constexpr std::string_view kInvalidJsonMessage =
    "We could not parse the JSON body of your request. The OpenAI API expects a JSON payload.";
constexpr std::string_view kMissingModelMessage = "you must provide a model parameter";
constexpr std::string_view kMissingApiKeyMessage = "x-api-key header is required";
constexpr std::string_view kMissingVersionMessage = "anthropic-version: header is required";
constexpr std::string_view kMessagesInvalidJsonMessage =
    "There was an error parsing the body of your request. Please make sure it is valid JSON.";

/** Compares ASCII `text` case-insensitively with the lower-case `lower`. */
bool equalsLowercase(std::string_view text, std::string_view lower) {
    return text.size() == lower.size() && std::equal(text.begin(), text.end(), lower.begin(), [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
           });
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

/** True when the comma-separated header value lists `token`, as in "Connection: keep-alive, close". */
bool listsToken(std::string_view value, std::string_view token) {
    for (;;) {
        const std::size_t comma = value.find(',');
        if (equalsLowercase(trim(value.substr(0, comma)), token)) {
            return true;
        }
        if (comma == std::string_view::npos) {
            return false;
        }
        value.remove_prefix(comma + 1);
    }
}

}  // namespace

HttpConnection::HttpConnection(int fd, TimerQueue& timers, ChatResponder& responder,
                               MessagesResponder& messagesResponder, const Scenario& defaults)
    : fd_(fd), timers_(timers), responder_(responder), messagesResponder_(messagesResponder), defaults_(defaults) {}

HttpConnection::~HttpConnection() {
    ::close(fd_);
}

bool HttpConnection::onReadable(std::int64_t nowNs) {
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t received = ::recv(fd_, buffer, sizeof buffer, 0);
        if (received > 0) {
            input_.append(buffer, static_cast<std::size_t>(received));
            if (input_.size() > kMaxInputBytes) {
                return false;
            }
            // A short read drained the socket; edge-triggered epoll reports whatever arrives next.
            if (static_cast<std::size_t>(received) < sizeof buffer) {
                break;
            }
        } else if (received == 0) {
            return false;  // The client went away; a half-closed client counts as gone too.
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            break;
        } else if (errno != EINTR) {
            return false;
        }
    }
    return advance(nowNs);
}

bool HttpConnection::onWritable(std::int64_t nowNs) {
    return advance(nowNs);
}

bool HttpConnection::onTimer(std::uint64_t token, std::int64_t nowNs) {
    if (token != timerToken_) {
        return true;
    }
    timerToken_ = 0;
    if (phase_ == Phase::Delaying) {
        startReply(nowNs);
    } else if (phase_ == Phase::Streaming) {
        continueStream();
    }
    return advance(nowNs);
}

bool HttpConnection::advance(std::int64_t nowNs) {
    for (;;) {
        bool outputFull = false;
        while (phase_ == Phase::ReadingRequest) {
            if (queuedOutput() >= kMaxQueuedOutput) {
                outputFull = true;
                break;
            }
            if (!takeRequest()) {
                break;
            }
            scheduleReply(nowNs);
        }
        if (!flush()) {
            return false;
        }
        if (!outputFull || queuedOutput() > 0) {
            return true;
        }
    }
}

bool HttpConnection::takeRequest() {
    if (headLength_ == 0) {
        // Tolerate blank lines between requests, as RFC 9112 asks servers to.
        std::size_t blank = 0;
        while (blank + 1 < input_.size() && input_[blank] == '\r' && input_[blank + 1] == '\n') {
            blank += 2;
        }
        if (blank != 0) {
            input_.erase(0, blank);
            headScanFrom_ = 0;
        }
        const void* found = ::memmem(input_.data() + headScanFrom_, input_.size() - headScanFrom_, "\r\n\r\n", 4);
        if (found == nullptr) {
            if (input_.size() > kMaxHeadBytes) {
                reject(431, "Request header fields are too large.");
            } else {
                headScanFrom_ = input_.size() > 3 ? input_.size() - 3 : 0;
            }
            return false;
        }
        const std::size_t headLength = static_cast<std::size_t>(static_cast<const char*>(found) - input_.data()) + 4;
        if (headLength > kMaxHeadBytes) {
            reject(431, "Request header fields are too large.");
            return false;
        }
        if (!parseHead(headLength)) {
            return false;
        }
        headLength_ = headLength;
    }
    const std::size_t total = headLength_ + contentLength_;
    if (input_.size() < total) {
        if (expectContinue_ && !continueSent_) {
            output_ += "HTTP/1.1 100 Continue\r\n\r\n";
            continueSent_ = true;
        }
        return false;
    }
    decideReply(std::string_view(input_).substr(headLength_, contentLength_));
    input_.erase(0, total);
    headLength_ = 0;
    headScanFrom_ = 0;
    return true;
}

bool HttpConnection::parseHead(std::size_t headLength) {
    scenario_ = defaults_;
    contentLength_ = 0;
    model_.clear();
    keySuffix_.clear();
    key_.clear();
    hasKey_ = false;
    stream_ = false;
    includeUsage_ = false;
    thinking_ = false;
    hasVersion_ = false;
    expectContinue_ = false;
    continueSent_ = false;
    badOverride_ = false;

    char* head = input_.data();
    // Every line of the head, the last one included, ends in CRLF; the final blank line is left out.
    const std::string_view lines(head, headLength - 2);
    std::size_t lineEnd = lines.find("\r\n");
    if (!parseRequestLine(lines.substr(0, lineEnd))) {
        reject(400, "Malformed HTTP request line.");
        return false;
    }
    for (std::size_t at = lineEnd + 2; at < lines.size(); at = lineEnd + 2) {
        lineEnd = lines.find("\r\n", at);
        if (!parseHeaderLine(head + at, lineEnd - at)) {
            return false;
        }
    }
    return true;
}

bool HttpConnection::parseRequestLine(std::string_view line) {
    const std::size_t methodEnd = line.find(' ');
    if (methodEnd == std::string_view::npos || methodEnd == 0) {
        return false;
    }
    const std::size_t targetEnd = line.find(' ', methodEnd + 1);
    if (targetEnd == std::string_view::npos || targetEnd == methodEnd + 1) {
        return false;
    }
    const std::string_view method = line.substr(0, methodEnd);
    const std::string_view target = line.substr(methodEnd + 1, targetEnd - methodEnd - 1);
    const std::string_view version = line.substr(targetEnd + 1);
    if (version == "HTTP/1.1") {
        http10_ = false;
    } else if (version == "HTTP/1.0") {
        http10_ = true;
    } else {
        return false;
    }
    keepAlive_ = !http10_;

    const std::string_view path = target.substr(0, target.find('?'));
    if (method == "POST" && path == "/v1/chat/completions") {
        route_ = Route::ChatCompletions;
    } else if (method == "POST" && path == "/v1/messages") {
        route_ = Route::Messages;
    } else if (method == "GET" && path == "/v1/models") {
        route_ = Route::Models;
    } else if (method == "GET" && path == "/healthz") {
        route_ = Route::Health;
    } else {
        route_ = Route::NotFound;
        errorMessage_.assign("Invalid URL (");
        errorMessage_ += method;
        errorMessage_ += ' ';
        errorMessage_ += path.substr(0, 256);
        errorMessage_ += ')';
    }
    return true;
}

bool HttpConnection::parseHeaderLine(char* line, std::size_t length) {
    char* colon = static_cast<char*>(std::memchr(line, ':', length));
    if (colon == nullptr || colon == line) {
        reject(400, "Malformed HTTP header line.");
        return false;
    }
    for (char* c = line; c != colon; ++c) {
        const auto byte = static_cast<unsigned char>(*c);
        if (byte <= ' ' || byte >= 0x7f) {
            reject(400, "Malformed HTTP header name.");
            return false;
        }
        if (byte >= 'A' && byte <= 'Z') {
            *c = static_cast<char>(byte - 'A' + 'a');
        }
    }
    const std::string_view name(line, static_cast<std::size_t>(colon - line));
    const std::string_view value = trim(std::string_view(colon + 1, length - name.size() - 1));

    if (name == "content-length") {
        std::size_t parsed = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (value.empty() || error != std::errc() || end != value.data() + value.size()) {
            reject(400, "Invalid Content-Length header.");
            return false;
        }
        if (parsed > kMaxBodyBytes) {
            reject(413, "Request body is too large.");
            return false;
        }
        contentLength_ = parsed;
    } else if (name == "transfer-encoding") {
        reject(411, "Chunked request bodies are not supported; send Content-Length.");
        return false;
    } else if (name == "connection") {
        if (listsToken(value, "close")) {
            keepAlive_ = false;
        } else if (listsToken(value, "keep-alive")) {
            keepAlive_ = true;
        }
    } else if (name == "expect") {
        expectContinue_ = equalsLowercase(value, "100-continue");
    } else if (name == "authorization") {
        readBearerKey(value);
    } else if (name == "x-api-key" && route_ == Route::Messages) {
        readKey(value);
    } else if (name == "anthropic-version") {
        hasVersion_ = !value.empty();
    } else if (!scenario_.applyHeader(name, value) && !badOverride_) {
        badOverride_ = true;
        errorMessage_.assign("Invalid value for header ");
        errorMessage_ += name;
        errorMessage_ += '.';
    }
    return true;
}

void HttpConnection::readBearerKey(std::string_view value) {
    constexpr std::size_t kSchemeLength = 7;  // "bearer "
    if (value.size() <= kSchemeLength || !equalsLowercase(value.substr(0, kSchemeLength), "bearer ")) {
        return;
    }
    readKey(trim(value.substr(kSchemeLength)));
}

void HttpConnection::readKey(std::string_view key) {
    if (key.empty()) {
        return;
    }
    hasKey_ = true;
    key_.assign(key);
    keySuffix_.clear();
    for (const char c : key.substr(key.size() - std::min<std::size_t>(key.size(), 4))) {
        const auto byte = static_cast<unsigned char>(c);
        keySuffix_ += byte > ' ' && byte < 0x7f ? c : '?';
    }
}

void HttpConnection::decideReply(std::string_view body) {
    std::string_view bodyProblem;
    if (route_ == Route::ChatCompletions) {
        bodyProblem = readChatBody(body);
    } else if (route_ == Route::Messages) {
        bodyProblem = readMessagesBody(body);
    }
    promptTokens_ = static_cast<std::uint32_t>(std::max<std::size_t>(1, body.size() / 4));

    const bool anthropic = route_ == Route::Messages;
    reply_ = Reply::Error;
    if (route_ == Route::Health) {
        reply_ = Reply::Health;
    } else if (badOverride_) {
        error_ = {400, "invalid_request_error", "", errorMessage_};
    } else if (route_ == Route::NotFound) {
        error_ = {404, "invalid_request_error", "", errorMessage_};
    } else if (!hasKey_) {
        error_ = anthropic ? ResponseWriter::Error{401, "authentication_error", "", kMissingApiKeyMessage}
                           : ResponseWriter::Error{401, "invalid_request_error", "", kMissingKeyMessage};
    } else if (anthropic && !hasVersion_) {
        error_ = {400, "invalid_request_error", "", kMissingVersionMessage};
    } else if (scenario_.forcedStatus != 0) {
        error_ = anthropic ? MessagesResponder::errorForStatus(scenario_.forcedStatus)
                           : ChatResponder::errorForStatus(scenario_.forcedStatus);
    } else if (scenario_.hostile == Scenario::Hostile::EchoKey) {
        errorMessage_.assign(anthropic ? "Invalid request; you sent x-api-key: "
                                       : "Invalid request; you sent Authorization: Bearer ");
        errorMessage_ += key_;
        error_ = {400, "invalid_request_error", "", errorMessage_};
    } else if (route_ == Route::Models) {
        reply_ = Reply::Models;
    } else if (!bodyProblem.empty()) {
        error_ = {400, "invalid_request_error", "", bodyProblem};
    } else {
        reply_ = anthropic ? Reply::Message : Reply::Completion;
        // HTTP/1.0 has no chunked encoding: such a stream ends by closing the connection.
        keepAlive_ = keepAlive_ && !(stream_ && http10_);
    }
}

std::string_view HttpConnection::readChatBody(std::string_view body) {
    ChatRequest request;
    const ChatRequest::Result result = request.parse(body);
    model_.assign(request.model());
    stream_ = request.stream();
    includeUsage_ = request.includeUsage();
    toolResultSeen_ = body.find(R"("role":"tool")") != std::string_view::npos;
    switch (result) {
    case ChatRequest::Result::InvalidJson: return kInvalidJsonMessage;
    case ChatRequest::Result::MissingModel: return kMissingModelMessage;
    case ChatRequest::Result::Ok: break;
    }
    return {};
}

std::string_view HttpConnection::readMessagesBody(std::string_view body) {
    MessagesRequest request;
    const MessagesRequest::Result result = request.parse(body);
    model_.assign(request.model());
    stream_ = request.stream();
    thinking_ = request.thinking();
    toolResultSeen_ = request.answersToolUse();
    switch (result) {
    case MessagesRequest::Result::InvalidJson: return kMessagesInvalidJsonMessage;
    case MessagesRequest::Result::MissingModel: return "model: Field required";
    case MessagesRequest::Result::MissingMaxTokens: return "max_tokens: Field required";
    case MessagesRequest::Result::Ok: break;
    }
    return {};
}

void HttpConnection::scheduleReply(std::int64_t nowNs) {
    const std::uint32_t latencyMs = reply_ == Reply::Health ? 0 : scenario_.latencyMs;
    if (latencyMs == 0) {
        startReply(nowNs);
        return;
    }
    phase_ = Phase::Delaying;
    timerToken_ = timers_.schedule(nowNs + latencyMs * kNanosecondsPerMillisecond, fd_);
}

void HttpConnection::startReply(std::int64_t nowNs) {
    const ResponseWriter::Context replyContext = context();
    const bool callTool = !scenario_.toolCall.empty() && !toolResultSeen_;
    switch (reply_) {
    case Reply::Health:
        responder_.writeHealth(output_, replyContext);
        break;
    case Reply::Models:
        responder_.writeModels(output_, replyContext);
        break;
    case Reply::Error:
        if (route_ == Route::Messages) {
            messagesResponder_.writeError(output_, replyContext, error_);
        } else {
            responder_.writeError(output_, replyContext, error_);
        }
        break;
    case Reply::Completion:
        if (callTool) {
            responder_.writeToolCall(output_, replyContext, stream_, scenario_.toolName(), scenario_.toolArguments());
            break;
        }
        if (scenario_.hostile == Scenario::Hostile::DeepUsage) {
            responder_.writeDeepUsage(output_, replyContext, stream_);
            break;
        }
        if (!stream_) {
            responder_.writeCompletion(output_, replyContext);
            break;
        }
        responder_.writeStreamStart(output_, replyContext, chunkPrefix_);
        playStream(nowNs, replyContext);
        return;
    case Reply::Message:
        if (callTool) {
            messagesResponder_.writeToolUse(output_, replyContext, stream_, scenario_.toolName(),
                                            scenario_.toolArguments());
            break;
        }
        if (!stream_) {
            messagesResponder_.writeMessage(output_, replyContext);
            break;
        }
        messagesResponder_.writeStreamStart(output_, replyContext);
        playStream(nowNs, replyContext);
        return;
    }
    finishReply();
}

void HttpConnection::playStream(std::int64_t nowNs, const ResponseWriter::Context& replyContext) {
    nextChunk_ = 0;
    if (scenario_.chunkDelayMs != 0 && scenario_.chunks != 0) {
        phase_ = Phase::Streaming;
        nextEventNs_ = nowNs + scenario_.chunkDelayMs * kNanosecondsPerMillisecond;
        timerToken_ = timers_.schedule(nextEventNs_, fd_);
        return;
    }
    while (nextChunk_ < scenario_.chunks) {
        writeNextChunk(replyContext);
    }
    writeStreamEnd(replyContext);
    finishReply();
}

void HttpConnection::continueStream() {
    const ResponseWriter::Context replyContext = context();
    writeNextChunk(replyContext);
    if (nextChunk_ < scenario_.chunks) {
        // Step from the previous deadline, not from now, so timer lateness does not add up.
        nextEventNs_ += scenario_.chunkDelayMs * kNanosecondsPerMillisecond;
        timerToken_ = timers_.schedule(nextEventNs_, fd_);
        return;
    }
    writeStreamEnd(replyContext);
    finishReply();
}

void HttpConnection::writeNextChunk(const ResponseWriter::Context& replyContext) {
    if (route_ == Route::Messages) {
        messagesResponder_.writeStreamText(output_, replyContext, nextChunk_++);
    } else {
        responder_.writeStreamContent(output_, replyContext, chunkPrefix_, nextChunk_++);
    }
}

void HttpConnection::writeStreamEnd(const ResponseWriter::Context& replyContext) {
    if (route_ == Route::Messages) {
        messagesResponder_.writeStreamEnd(output_, replyContext);
    } else {
        responder_.writeStreamEnd(output_, replyContext, chunkPrefix_);
    }
}

void HttpConnection::finishReply() {
    phase_ = keepAlive_ ? Phase::ReadingRequest : Phase::Closing;
}

void HttpConnection::reject(int status, std::string_view message) {
    model_.clear();
    keySuffix_.clear();
    key_.clear();
    keepAlive_ = false;
    error_ = {status, "invalid_request_error", "", message};
    responder_.writeError(output_, context(), error_);
    phase_ = Phase::Closing;
}

bool HttpConnection::flush() {
    while (outputSent_ < output_.size()) {
        const ssize_t sent = ::send(fd_, output_.data() + outputSent_, output_.size() - outputSent_, MSG_NOSIGNAL);
        if (sent >= 0) {
            outputSent_ += static_cast<std::size_t>(sent);
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return true;  // Edge-triggered EPOLLOUT calls onWritable once there is room.
        } else if (errno != EINTR) {
            return false;
        }
    }
    output_.clear();
    outputSent_ = 0;
    return phase_ != Phase::Closing;
}

ResponseWriter::Context HttpConnection::context() const {
    return {model_, keySuffix_, keepAlive_, http10_, includeUsage_, promptTokens_, scenario_.chunks,
            scenario_.stampEvents, thinking_};
}

}  // namespace sluice::mock
