#include "net/UpstreamConnection.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <utility>

namespace sluice::net {

namespace {

/** One read buffer per connection, reused for its whole life. */
constexpr size_t kReadBufferBytes = 16 * 1024;
/** Full-buffer reads taken per readiness event before letting other connections run. */
constexpr int kMaxReadsPerEvent = 4;

using Milliseconds = std::chrono::milliseconds;
using Status = TlsSession::Status;

std::string errnoText(int error) { return std::strerror(error); }

}  // namespace

UpstreamConnection::UpstreamConnection(EventLoop& loop, const ClientTimeouts& timeouts, std::string poolKey)
    : loop_(loop),
      timeouts_(timeouts),
      poolKey_(std::move(poolKey)),
      readBuffer_(std::make_unique_for_overwrite<char[]>(kReadBufferBytes)) {}

UpstreamConnection::~UpstreamConnection() { close(); }

bool UpstreamConnection::connect(AddressList addresses, SSL_CTX* tls, const std::string& host, std::string& error) {
    addresses_ = std::move(addresses);
    nextAddress_ = 0;
    tlsContext_ = tls;
    host_ = host;
    phase_ = Phase::Connecting;
    setDeadline(loop_.now() + Milliseconds(timeouts_.connectMs));
    if (connectToNextAddress(error)) return true;
    close();
    return false;
}

bool UpstreamConnection::send(std::string_view request, bool headRequest, Listener& listener, Failure& failure) {
    listener_ = &listener;
    idleListener_ = nullptr;
    request_ = request;
    written_ = 0;
    requestSent_ = false;
    responseStarted_ = false;
    headReceived_ = false;
    reusable_ = false;
    parser_.reset(headRequest);
    if (phase_ == Phase::Connecting || phase_ == Phase::Handshaking) return true;
    phase_ = Phase::Exchanging;
    if (flushRequest(failure)) return true;
    close();
    return false;
}

void UpstreamConnection::park(IdleListener& idleListener) {
    phase_ = Phase::Parked;
    idleListener_ = &idleListener;
}

void UpstreamConnection::close() {
    cancelTimer();
    closeSocket();
    phase_ = Phase::Closed;
    listener_ = nullptr;
    idleListener_ = nullptr;
}

void UpstreamConnection::retire(std::unique_ptr<UpstreamConnection> connection) {
    connection->close();
    EventLoop& loop = connection->loop_;
    loop.post([doomed = std::shared_ptr<UpstreamConnection>(std::move(connection))] {});
}

void UpstreamConnection::onIo(uint32_t) {
    switch (phase_) {
        case Phase::Connecting: onConnectEvent(); break;
        case Phase::Handshaking: continueHandshake(); break;
        case Phase::Exchanging: onExchangeEvent(); break;
        case Phase::Parked: onParkedEvent(); break;
        case Phase::Ready:
        case Phase::Closed: break;
    }
}

bool UpstreamConnection::connectToNextAddress(std::string& error) {
    while (nextAddress_ < addresses_.size()) {
        if (startSocket(addresses_[nextAddress_++], error)) return true;
    }
    error = "cannot connect to " + poolKey_ + ": " + (error.empty() ? "no address" : error);
    return false;
}

bool UpstreamConnection::startSocket(const SocketAddress& address, std::string& error) {
    int fd = ::socket(address.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        error = errnoText(errno);
        return false;
    }
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address.storage), address.length) != 0 &&
        errno != EINPROGRESS) {
        error = errnoText(errno);
        ::close(fd);
        return false;
    }
    try {
        loop_.watch(fd, EPOLLOUT, this);
    } catch (const std::exception& e) {
        error = e.what();
        ::close(fd);
        return false;
    }
    fd_ = fd;
    interest_ = EPOLLOUT;
    return true;
}

void UpstreamConnection::closeSocket() {
    if (fd_ < 0) return;
    loop_.unwatch(fd_);
    tls_.reset();
    ::close(fd_);
    fd_ = -1;
    interest_ = 0;
}

void UpstreamConnection::onConnectEvent() {
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(fd_, SOL_SOCKET, SO_ERROR, &error, &length) != 0) error = errno;
    if (error != 0) {
        closeSocket();
        std::string text = errnoText(error);
        if (!connectToNextAddress(text)) failExchange(Failure{false, false, text});
        return;
    }
    if (!tlsContext_) {
        onEstablished();
        return;
    }
    tls_ = std::make_unique<TlsSession>(tlsContext_, fd_, host_);
    phase_ = Phase::Handshaking;
    continueHandshake();
}

void UpstreamConnection::continueHandshake() {
    Status status = tls_->handshake();
    if (status == Status::Done) {
        onEstablished();
    } else if (status == Status::WantRead || status == Status::WantWrite) {
        awaitSocket(status);
    } else {
        std::string reason = status == Status::Failed ? tls_->failure() : "connection closed";
        failExchange(Failure{false, false, "TLS handshake with " + poolKey_ + " failed: " + reason});
    }
}

void UpstreamConnection::onEstablished() {
    phase_ = Phase::Exchanging;
    Failure failure;
    if (!flushRequest(failure)) failExchange(std::move(failure));
}

void UpstreamConnection::onExchangeEvent() {
    Failure failure;
    if (!requestSent_ && !flushRequest(failure)) {
        failExchange(std::move(failure));
        return;
    }
    readResponse();
}

bool UpstreamConnection::flushRequest(Failure& failure) {
    while (written_ < request_.size()) {
        size_t written = 0;
        Status status = writeSome(request_.substr(written_), written);
        if (status == Status::Done) {
            written_ += written;
        } else if (status == Status::WantRead || status == Status::WantWrite) {
            awaitSocket(status);
            setDeadline(loop_.now() + Milliseconds(timeouts_.firstByteMs));
            return true;
        } else {
            failure = brokenConnection("sending the request");
            return false;
        }
    }
    requestSent_ = true;
    setInterest(EPOLLIN);
    setDeadline(loop_.now() + Milliseconds(timeouts_.firstByteMs));
    return true;
}

void UpstreamConnection::readResponse() {
    if (requestSent_) setInterest(EPOLLIN);
    for (int reads = 1;; ++reads) {
        size_t received = 0;
        Status status = readSome(received);
        if (status == Status::Done) {
            if (!consume(received)) return;
            bool drained = !tls_ && received < kReadBufferBytes;
            if (drained || (!tls_ && reads == kMaxReadsPerEvent)) return;
        } else if (status == Status::WantRead || status == Status::WantWrite) {
            if (status == Status::WantWrite) awaitSocket(status);
            return;
        } else if (status == Status::Closed || status == Status::Truncated) {
            onEndOfStream(status == Status::Truncated);
            return;
        } else {
            failExchange(brokenConnection("reading the response"));
            return;
        }
    }
}

bool UpstreamConnection::consume(size_t received) {
    std::string_view input(readBuffer_.get(), received);
    responseStarted_ = true;
    if (headReceived_) setDeadline(loop_.now() + Milliseconds(timeouts_.idleMs));
    size_t offset = 0;
    for (;;) {
        size_t used = 0;
        ResponseParser::Result result = parser_.feed(input.substr(offset), used, *this);
        offset += used;
        switch (result) {
            case ResponseParser::Result::NeedMore: return true;
            case ResponseParser::Result::HeadComplete:
                if (!deliverHead()) return false;
                break;
            case ResponseParser::Result::Complete:
                finishExchange(parser_.keepAlive() && requestSent_ && offset == input.size());
                return false;
            case ResponseParser::Result::Stopped: close(); return false;
            case ResponseParser::Result::Malformed:
                failExchange(Failure{false, false, "malformed response from " + poolKey_ + ": " + parser_.error()});
                return false;
        }
    }
}

bool UpstreamConnection::deliverHead() {
    headReceived_ = true;
    setDeadline(loop_.now() + Milliseconds(timeouts_.idleMs));
    listener_->onResponseHead(parser_.status(), parser_.headers());
    return phase_ == Phase::Exchanging;
}

bool UpstreamConnection::onBodyBytes(std::string_view bytes) { return listener_ && listener_->onResponseBody(bytes); }

void UpstreamConnection::finishExchange(bool reusable) {
    cancelTimer();
    reusable_ = reusable;
    servedBefore_ = true;
    phase_ = Phase::Ready;
    std::exchange(listener_, nullptr)->onResponseComplete();
}

void UpstreamConnection::onEndOfStream(bool truncated) {
    if (headReceived_ && !truncated && parser_.finishAtClose()) {
        finishExchange(false);
    } else if (responseStarted_) {
        const char* how = truncated ? " without TLS close_notify" : "";
        failExchange(Failure{false, false, "upstream " + poolKey_ + " closed the connection" + how + " mid-response"});
    } else {
        std::string message = "upstream " + poolKey_ + " closed the connection before responding";
        failExchange(Failure{false, servedBefore_, std::move(message)});
    }
}

void UpstreamConnection::onParkedEvent() {
    size_t received = 0;
    if (tls_ && readSome(received) == Status::WantRead) return;  // TLS housekeeping such as session tickets
    IdleListener* idleListener = idleListener_;
    close();
    if (idleListener) idleListener->onIdleConnectionLost(*this);
}

void UpstreamConnection::failExchange(Failure failure) {
    Listener* listener = listener_;
    close();
    if (listener) listener->onExchangeFailed(failure);
}

UpstreamConnection::Failure UpstreamConnection::brokenConnection(const std::string& what) const {
    return Failure{false, servedBefore_ && !responseStarted_,
                   "connection to " + poolKey_ + " failed while " + what + ": " + ioError_};
}

TlsSession::Status UpstreamConnection::readSome(size_t& received) {
    if (tls_) {
        Status status = tls_->read(readBuffer_.get(), kReadBufferBytes, received);
        if (status == Status::Failed) ioError_ = tls_->failure();
        return status;
    }
    for (;;) {
        ssize_t count = ::recv(fd_, readBuffer_.get(), kReadBufferBytes, 0);
        if (count > 0) {
            received = static_cast<size_t>(count);
            return Status::Done;
        }
        if (count == 0) return Status::Closed;
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) return Status::WantRead;
        ioError_ = errnoText(errno);
        return Status::Failed;
    }
}

TlsSession::Status UpstreamConnection::writeSome(std::string_view bytes, size_t& written) {
    if (tls_) {
        Status status = tls_->write(bytes, written);
        if (status == Status::Failed) ioError_ = tls_->failure();
        return status;
    }
    for (;;) {
        ssize_t count = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (count >= 0) {
            written = static_cast<size_t>(count);
            return Status::Done;
        }
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) return Status::WantWrite;
        ioError_ = errnoText(errno);
        return Status::Failed;
    }
}

void UpstreamConnection::awaitSocket(Status wanted) {
    setInterest(wanted == Status::WantWrite ? EPOLLIN | EPOLLOUT : EPOLLIN);
}

void UpstreamConnection::setInterest(uint32_t events) {
    if (events == interest_) return;
    loop_.modify(fd_, events, this);
    interest_ = events;
}

void UpstreamConnection::setDeadline(Clock::time_point deadline) {
    deadline_ = deadline;
    if (!timerArmed_ || timerDue_ > deadline) armTimer(deadline);
}

void UpstreamConnection::armTimer(Clock::time_point due) {
    cancelTimer();
    auto delay = std::chrono::ceil<Milliseconds>(due - loop_.now());
    timer_ = loop_.runAfter(std::max(delay, Milliseconds(0)), [this] {
        timerArmed_ = false;
        onTimer();
    });
    timerArmed_ = true;
    timerDue_ = due;
}

void UpstreamConnection::cancelTimer() {
    if (!timerArmed_) return;
    loop_.cancel(timer_);
    timerArmed_ = false;
}

void UpstreamConnection::onTimer() {
    if (loop_.now() < deadline_) {
        armTimer(deadline_);
        return;
    }
    failExchange(Failure{true, false, timeoutMessage()});
}

std::string UpstreamConnection::timeoutMessage() const {
    if (phase_ == Phase::Connecting || phase_ == Phase::Handshaking)
        return "timed out connecting to " + poolKey_ + " after " + std::to_string(timeouts_.connectMs) + " ms";
    if (!requestSent_) return "timed out sending the request to " + poolKey_;
    if (!headReceived_)
        return "no response head from " + poolKey_ + " within " + std::to_string(timeouts_.firstByteMs) + " ms";
    return "upstream " + poolKey_ + " sent nothing for " + std::to_string(timeouts_.idleMs) + " ms mid-body";
}

}  // namespace sluice::net
