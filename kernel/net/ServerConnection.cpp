#include "net/ServerConnection.h"

#include "net/ConnectionAcceptor.h"
#include "net/ConnectionChannel.h"
#include "net/HttpServer.h"
#include "net/HttpText.h"

#include <algorithm>
#include <cerrno>
#include <charconv>

#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace sluice::net {

namespace {

constexpr size_t kReadChunk = 16 * 1024;
constexpr size_t kMaxPipelinedInput = 64 * 1024;
constexpr size_t kMaxIdleOutputCapacity = 256 * 1024;
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr size_t kMaxLingerBytes = 64 << 20;  // enough for a client to finish sending a too-large body (8 MB default limit) and read the 413
constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
constexpr std::string_view kLastChunk = "0\r\n\r\n";
constexpr std::string_view kChunkEnd = "\r\n";

const Headers& jsonHeaders() {
    static const Headers headers{{"Content-Type", "application/json"}};
    return headers;
}

bool hasHeader(const Headers& headers, std::string_view lowerCaseName) {
    return std::any_of(headers.begin(), headers.end(), [&](const auto& header) { return header.first == lowerCaseName; });
}

bool wouldBlock() { return errno == EAGAIN || errno == EWOULDBLOCK; }

}  // namespace

ServerConnection::ServerConnection(int fd, ConnectionAcceptor& owner, std::string clientAddress)
    : fd_(fd),
      owner_(owner),
      clientAddress_(std::move(clientAddress)),
      loop_(owner.loop()),
      limits_(owner.limits()),
      parser_(owner.limits().maxHeaderBytes),
      body_(owner.bodies(), owner.limits().maxBodyBytes) {}

ServerConnection::~ServerConnection() {
    if (closed_) return;
    if (timer_ != 0) loop_.cancel(timer_);
    loop_.unwatch(fd_);
    ::close(fd_);
}

void ServerConnection::start() {
    watchedEvents_ = EPOLLIN | EPOLLRDHUP;
    loop_.watch(fd_, watchedEvents_, this);
    lastInput_ = loop_.now();
    armTimer(lastInput_ + std::chrono::milliseconds(limits_.idleKeepAliveMs));
}

void ServerConnection::onIo(uint32_t events) {
    auto self = shared_from_this();
    if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
        if (readingEnabled_) {
            readInput();
        } else {
            closeNow(Notify::Now);
        }
    }
    if (!closed_ && (events & EPOLLOUT)) flushOutput();
}

void ServerConnection::drain() {
    keepAlive_ = false;
    if (phase_ == Phase::Handling || (phase_ == Phase::Lingering && !shutDown_)) return;
    if (output_.empty()) {
        closeNow(Notify::Now);
    } else {
        beginGracefulClose();
    }
}

void ServerConnection::abort() { closeNow(Notify::Now); }

void ServerConnection::readInput() {
    while (!closed_) {
        char* space = input_.prepare(kReadChunk);
        const size_t room = input_.writable();
        const ssize_t received = ::recv(fd_, space, room, 0);
        if (received > 0) {
            input_.commit(static_cast<size_t>(received));
            onBytesReceived();
            if (static_cast<size_t>(received) < room || !readingEnabled_) return;
        } else if (received == 0) {
            onEndOfInput();
            return;
        } else if (errno != EINTR && !wouldBlock()) {
            closeNow(Notify::Now);
            return;
        } else if (errno != EINTR) {
            return;
        }
    }
}

void ServerConnection::onEndOfInput() {
    if (phase_ == Phase::Handling || output_.empty()) {
        closeNow(Notify::Now);
        return;
    }
    inputEnded_ = true;
    keepAlive_ = false;
    phase_ = Phase::Lingering;
    input_.clear();
    readingEnabled_ = false;
    updateEvents();
}

void ServerConnection::onBytesReceived() {
    if (phase_ == Phase::Lingering) {
        lingeredBytes_ += input_.size();
        input_.clear();
        if (lingeredBytes_ > kMaxLingerBytes) closeNow(Notify::Now);
        return;
    }
    lastInput_ = loop_.now();
    processInput();
    if (!closed_ && phase_ == Phase::Handling && input_.size() >= kMaxPipelinedInput) {
        readingEnabled_ = false;
        updateEvents();
    }
}

void ServerConnection::processInput() {
    if (processing_) return;
    processing_ = true;
    bool progressed = true;
    while (progressed && !closed_) {
        if (phase_ == Phase::ReadingHead) {
            progressed = readHead();
        } else if (phase_ == Phase::ReadingBody) {
            progressed = readBody();
        } else {
            progressed = false;
        }
    }
    processing_ = false;
}

bool ServerConnection::readHead() {
    if (input_.empty()) return false;
    if (!headStarted_) {
        headStarted_ = true;
        phaseDeadline_ = loop_.now() + std::chrono::milliseconds(limits_.headTimeoutMs);
        armTimer(phaseDeadline_);
    }
    switch (parser_.parse(input_.readable(), request_)) {
        case RequestParser::Result::NeedMore:
            return false;
        case RequestParser::Result::Malformed:
            answerError(400, "The request is not valid HTTP/1.1.", "invalid_request");
            return false;
        case RequestParser::Result::TooLarge:
            answerError(431, "The request head is larger than the server accepts.", "request_header_fields_too_large");
            return false;
        case RequestParser::Result::UnsupportedVersion:
            answerError(505, "Only HTTP/1.0 and HTTP/1.1 are supported.", "http_version_not_supported");
            return false;
        case RequestParser::Result::Complete:
            break;
    }
    input_.consume(parser_.headLength());
    return beginRequest();
}

bool ServerConnection::beginRequest() {
    http11_ = parser_.minorVersion() == 1;
    const std::string_view connection = headerValue(request_.headers, "connection");
    keepAlive_ = (http11_ ? !listContainsToken(connection, "close") : listContainsToken(connection, "keep-alive")) &&
                 !owner_.draining();
    headRequest_ = request_.method == "HEAD";
    request_.body.clear();
    request_.clientAddress = clientAddress_;
    request_.principal.reset();
    if (const RequestBodyReader::Refusal refusal = body_.begin(request_.headers, http11_, request_.body)) {
        answer(refusal);
        return false;
    }
    if (!admitHead() || !checkExpectation()) return false;
    phase_ = Phase::ReadingBody;
    phaseDeadline_ = loop_.now() + std::chrono::milliseconds(limits_.bodyTimeoutMs);
    armTimer(phaseDeadline_);
    return true;
}

bool ServerConnection::admitHead() {
    const HeadFilter& filter = owner_.headFilter();
    if (!filter) return true;
    std::optional<HttpResponse> refusal = filter(request_, loop_);
    if (!refusal) return true;
    answerAndClose(refusal->status, refusal->headers, refusal->body);
    return false;
}

bool ServerConnection::checkExpectation() {
    if (!http11_ || !hasHeader(request_.headers, "expect")) return true;
    if (!equalsIgnoringCase(headerValue(request_.headers, "expect"), "100-continue")) {
        answerError(417, "Only the 100-continue expectation is supported.", "expectation_failed");
        return false;
    }
    if (body_.expectsBody() && input_.empty() && !write(kContinue)) {
        closeNow(Notify::Now);
        return false;
    }
    return true;
}

bool ServerConnection::readBody() {
    switch (body_.read(input_, request_.body)) {
        case RequestBodyReader::Progress::NeedMore:
            return false;
        case RequestBodyReader::Progress::Refused:
            answer(body_.refusal());
            return false;
        case RequestBodyReader::Progress::Complete:
            break;
    }
    dispatch();
    return true;
}

void ServerConnection::dispatch() {
    body_.release();
    phase_ = Phase::Handling;
    streaming_ = false;
    channel_ = std::make_shared<ConnectionChannel>(loop_, weak_from_this());
    try {
        owner_.handler()(std::move(request_), channel_);
    } catch (...) {
        failHandler();
    }
}

void ServerConnection::failHandler() {
    if (closed_ || phase_ != Phase::Handling) return;
    if (channel_->started()) {
        closeNow(Notify::Later);
        return;
    }
    channel_->respond(500, jsonHeaders(),
                      errorBody("The server failed to handle the request.", "server_error", "internal_error"));
}

void ServerConnection::respond(int status, const Headers& headers, std::string_view body) {
    if (phase_ != Phase::Handling || streaming_) return;
    const bool bodyless = headRequest_ || statusForbidsBody(status);
    head_.clear();
    appendResponseHead(head_, status, headers, BodyFraming::ContentLength, body.size(), keepAlive_);
    if (!write(head_, bodyless ? std::string_view() : body)) {
        closeNow(Notify::Later);
        return;
    }
    completeResponse();
}

void ServerConnection::startStream(int status, const Headers& headers) {
    if (phase_ != Phase::Handling || streaming_) return;
    streaming_ = true;
    streamFraming_ = http11_ ? BodyFraming::Chunked : BodyFraming::UntilClose;
    if (streamFraming_ == BodyFraming::UntilClose) keepAlive_ = false;
    streamBodySuppressed_ = headRequest_ || statusForbidsBody(status);
    head_.clear();
    appendResponseHead(head_, status, headers, streamFraming_, 0, keepAlive_);
    if (!write(head_)) closeNow(Notify::Later);
}

bool ServerConnection::sendChunk(std::string_view data) {
    if (phase_ != Phase::Handling || !streaming_) return false;
    if (data.empty() || streamBodySuppressed_) return true;
    bool written = false;
    if (streamFraming_ == BodyFraming::Chunked) {
        char sizeLine[24];
        char* end = std::to_chars(sizeLine, sizeLine + 16, data.size(), 16).ptr;
        *end++ = '\r';
        *end++ = '\n';
        written = write(std::string_view(sizeLine, static_cast<size_t>(end - sizeLine)), data, kChunkEnd);
    } else {
        written = write(data);
    }
    if (!written) closeNow(Notify::Later);
    return written;
}

void ServerConnection::endStream() {
    if (phase_ != Phase::Handling || !streaming_) return;
    if (streamFraming_ == BodyFraming::Chunked && !streamBodySuppressed_ && !write(kLastChunk)) {
        closeNow(Notify::Later);
        return;
    }
    completeResponse();
}

void ServerConnection::completeResponse() {
    channel_->detach();
    channel_.reset();
    streaming_ = false;
    phase_ = Phase::ReadingHead;
    headStarted_ = false;
    headRequest_ = false;
    parser_.reset();
    if (!keepAlive_) {
        beginGracefulClose();
        return;
    }
    lastInput_ = loop_.now();
    if (!readingEnabled_) {
        readingEnabled_ = true;
        updateEvents();
    }
    if (!processing_ && !input_.empty()) scheduleProcessing();
}

void ServerConnection::scheduleProcessing() {
    loop_.runAfter(std::chrono::milliseconds(0), [connection = weak_from_this()] {
        if (auto self = connection.lock()) self->processInput();
    });
}

void ServerConnection::answerError(int status, std::string_view message, std::string_view code, std::string_view type) {
    answerAndClose(status, jsonHeaders(), errorBody(message, type, code));
}

void ServerConnection::answer(const RequestBodyReader::Refusal& refusal) {
    answerError(refusal.status, refusal.message, refusal.code, refusal.type);
}

void ServerConnection::answerAndClose(int status, const Headers& headers, std::string_view body) {
    keepAlive_ = false;
    body_.release();
    std::string().swap(request_.body);
    head_.clear();
    appendResponseHead(head_, status, headers, BodyFraming::ContentLength, body.size(), false);
    if (!write(head_, headRequest_ ? std::string_view() : body)) {  // a HEAD request's answer has no body
        closeNow(Notify::Now);
        return;
    }
    beginGracefulClose();
}

void ServerConnection::beginGracefulClose() {
    phase_ = Phase::Lingering;
    input_.clear();
    if (!readingEnabled_) {
        readingEnabled_ = true;
        updateEvents();
    }
    if (output_.empty()) shutdownAndLinger();
}

void ServerConnection::shutdownAndLinger() {
    if (owner_.draining() || inputEnded_) {
        closeNow(Notify::Now);
        return;
    }
    shutDown_ = true;
    ::shutdown(fd_, SHUT_WR);
    lingerDeadline_ = loop_.now() + kLingerTime;
    armTimer(lingerDeadline_);
}

void ServerConnection::closeNow(Notify notify) {
    if (closed_) return;
    closed_ = true;
    body_.release();
    if (timer_ != 0) loop_.cancel(timer_);
    timer_ = 0;
    loop_.unwatch(fd_);
    ::close(fd_);
    if (phase_ == Phase::Handling) channel_->markGone(notify == Notify::Later);
    owner_.connectionClosed(*this);
}

bool ServerConnection::write(std::string_view first, std::string_view second, std::string_view third) {
    const std::string_view pieces[3] = {first, second, third};
    const bool alreadyBehind = !output_.empty();
    size_t sent = 0;
    if (!alreadyBehind) {
        iovec vectors[3];
        size_t count = 0;
        size_t total = 0;
        for (std::string_view piece : pieces) {
            if (piece.empty()) continue;
            vectors[count++] = iovec{const_cast<char*>(piece.data()), piece.size()};
            total += piece.size();
        }
        msghdr message{};
        message.msg_iov = vectors;
        message.msg_iovlen = count;
        ssize_t written = 0;
        do {
            written = ::sendmsg(fd_, &message, MSG_NOSIGNAL);
        } while (written < 0 && errno == EINTR);
        if (written < 0 && !wouldBlock()) return false;
        sent = written < 0 ? 0 : static_cast<size_t>(written);
        if (sent == total) return true;
        lastOutputProgress_ = loop_.now();
    }
    bufferUnsent(pieces, sent);
    if (alreadyBehind && output_.size() > limits_.maxBufferedOutputBytes) return false;
    updateEvents();
    armTimer(lastOutputProgress_ + std::chrono::milliseconds(limits_.clientSendTimeoutMs));
    return true;
}

void ServerConnection::bufferUnsent(const std::string_view (&pieces)[3], size_t sent) {
    for (std::string_view piece : pieces) {
        if (sent >= piece.size()) {
            sent -= piece.size();
            continue;
        }
        output_.append(piece.substr(sent));
        sent = 0;
    }
}

void ServerConnection::flushOutput() {
    while (!output_.empty()) {
        const std::string_view pending = output_.readable();
        const ssize_t written = ::send(fd_, pending.data(), pending.size(), MSG_NOSIGNAL);
        if (written > 0) {
            output_.consume(static_cast<size_t>(written));
            lastOutputProgress_ = loop_.now();
        } else if (written < 0 && errno == EINTR) {
            continue;
        } else if (written < 0 && wouldBlock()) {
            return;
        } else {
            closeNow(Notify::Now);
            return;
        }
    }
    if (output_.capacity() > kMaxIdleOutputCapacity) output_.release();
    updateEvents();
    if (phase_ == Phase::Lingering && !shutDown_) shutdownAndLinger();
}

void ServerConnection::updateEvents() {
    const uint32_t wanted =
        (inputEnded_ ? 0u : EPOLLRDHUP) | (readingEnabled_ ? EPOLLIN : 0u) | (output_.empty() ? 0u : EPOLLOUT);
    if (closed_ || wanted == watchedEvents_) return;
    watchedEvents_ = wanted;
    loop_.modify(fd_, wanted, this);
}

void ServerConnection::armTimer(Clock::time_point deadline) {
    if (closed_) return;
    if (timer_ != 0) {
        if (timerDeadline_ <= deadline) return;
        loop_.cancel(timer_);
    }
    timerDeadline_ = deadline;
    const auto delay = std::chrono::ceil<std::chrono::milliseconds>(deadline - loop_.now());
    timer_ = loop_.runAfter(std::max(delay, std::chrono::milliseconds(0)), [this] { onTimer(); });
}

void ServerConnection::onTimer() {
    auto self = shared_from_this();
    timer_ = 0;
    const auto now = loop_.now();
    Clock::time_point deadline;
    if (!output_.empty()) {
        deadline = lastOutputProgress_ + std::chrono::milliseconds(limits_.clientSendTimeoutMs);
    } else if (phase_ == Phase::Lingering) {
        deadline = lingerDeadline_;
    } else if (phase_ == Phase::Handling) {
        deadline = now + std::chrono::milliseconds(std::max(limits_.idleKeepAliveMs, 1));
    } else if (phase_ == Phase::ReadingBody || headStarted_) {
        if (now >= phaseDeadline_) {
            answerError(408, phase_ == Phase::ReadingBody ? "The request body did not arrive in time."
                                                          : "The request head did not arrive in time.",
                        "request_timeout");
            return;
        }
        deadline = std::min(lastInput_ + std::chrono::milliseconds(limits_.idleKeepAliveMs), phaseDeadline_);
    } else {
        deadline = lastInput_ + std::chrono::milliseconds(limits_.idleKeepAliveMs);
    }
    if (now >= deadline) {
        closeNow(Notify::Now);
    } else {
        armTimer(deadline);
    }
}

}  // namespace sluice::net
