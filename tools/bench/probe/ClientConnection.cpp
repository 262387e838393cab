#include "ClientConnection.h"

#include "EventLoop.h"

#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace sluice::probe {

ClientConnection::ClientConnection(std::uint32_t index, const Target& target, EventLoop& loop,
                                   ConnectionListener& listener)
    : index_(index), target_(target), loop_(loop), listener_(listener) {}

ClientConnection::~ClientConnection() {
    closeSocket();
}

void ClientConnection::send(std::int64_t dueNs, std::int64_t nowNs) {
    busy_ = true;
    dueNs_ = dueNs;
    sentNs_ = nowNs;
    deadlineNs_ = nowNs + kTimeLimitNs;
    requestBytesSent_ = 0;
    parser_.reset();
    if (fd_ < 0 && !openSocket()) {
        fail(RequestFailure::Connect, nowNs);
        return;
    }
    if (!connecting_) {
        writeRequest(nowNs);
    }
}

void ClientConnection::onSocketEvent(std::uint32_t generation, std::uint32_t events, std::int64_t nowNs) {
    if (generation != generation_ || fd_ < 0) {
        return;
    }
    if (connecting_) {
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(fd_, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0) {
            fail(RequestFailure::Connect, nowNs);
            return;
        }
        if ((events & EPOLLOUT) == 0) {
            return;
        }
        connecting_ = false;
    }
    if ((events & EPOLLOUT) != 0 && busy_ && requestBytesSent_ < target_.request.size() && !writeRequest(nowNs)) {
        return;
    }
    if ((events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) != 0) {
        readResponse(events, nowNs);
    }
}

void ClientConnection::checkTimeout(std::int64_t nowNs) {
    if (busy_ && nowNs >= deadlineNs_) {
        fail(RequestFailure::Timeout, nowNs);
    }
}

bool ClientConnection::openSocket() {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd_ < 0) {
        return false;
    }
    const int on = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    const int result = ::connect(fd_, reinterpret_cast<const sockaddr*>(&target_.address), sizeof target_.address);
    if (result != 0 && errno != EINPROGRESS) {
        closeSocket();
        return false;
    }
    connecting_ = result != 0;
    ++generation_;
    if (!loop_.watch(fd_, (std::uint64_t{index_} << 32) | generation_)) {
        closeSocket();
        return false;
    }
    return true;
}

void ClientConnection::closeSocket() {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    connecting_ = false;
}

bool ClientConnection::writeRequest(std::int64_t nowNs) {
    const std::string& request = target_.request;
    while (requestBytesSent_ < request.size()) {
        const ssize_t sent =
            ::send(fd_, request.data() + requestBytesSent_, request.size() - requestBytesSent_, MSG_NOSIGNAL);
        if (sent >= 0) {
            requestBytesSent_ += static_cast<std::size_t>(sent);
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return true;  // Edge-triggered EPOLLOUT brings us back once there is room.
        } else if (errno != EINTR) {
            fail(RequestFailure::Closed, nowNs);  // Typically a kept-alive connection the server had closed.
            return false;
        }
    }
    return true;
}

void ClientConnection::readResponse(std::uint32_t events, std::int64_t nowNs) {
    // With the peer closing, read on to the end: no further edge would report the close.
    const bool peerClosing = (events & (EPOLLRDHUP | EPOLLHUP | EPOLLERR)) != 0;
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t received = ::recv(fd_, buffer, sizeof buffer, 0);
        if (received < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return;
        }
        if (received < 0 && errno == EINTR) {
            continue;
        }
        if (!busy_) {
            closeSocket();  // The server closed an idle connection, or sent bytes nobody asked for.
            return;
        }
        if (received == 0 && parser_.completesAtClose()) {
            closeSocket();
            completeResponse(nowNs);
            return;
        }
        if (received <= 0) {
            fail(RequestFailure::Closed, nowNs);
            return;
        }
        if (target_.limitIdleTimeOnly) {
            deadlineNs_ = nowNs + kTimeLimitNs;
        }
        receivedNs_ = nowNs;
        const ResponseParser::Result result = parser_.feed(buffer, static_cast<std::size_t>(received), *this);
        if (result == ResponseParser::Result::Complete) {
            completeResponse(nowNs);
            return;
        }
        if (result == ResponseParser::Result::Malformed) {
            fail(RequestFailure::Malformed, nowNs);
            return;
        }
        // A short read drained the socket; edge-triggered epoll reports whatever arrives next.
        if (static_cast<std::size_t>(received) < sizeof buffer && !peerClosing) {
            return;
        }
    }
}

void ClientConnection::completeResponse(std::int64_t nowNs) {
    busy_ = false;
    // A server that answered before reading the whole request may take its rest as the next request: start afresh.
    if (!parser_.keepAlive() || requestBytesSent_ < target_.request.size()) {
        closeSocket();
    }
    listener_.onResponseComplete(*this, nowNs);
}

void ClientConnection::fail(RequestFailure failure, std::int64_t nowNs) {
    busy_ = false;
    closeSocket();
    listener_.onRequestFailed(*this, failure, nowNs);
}

void ClientConnection::onBody(std::string_view bytes) {
    listener_.onResponseBody(*this, bytes, receivedNs_);
}

}  // namespace sluice::probe
