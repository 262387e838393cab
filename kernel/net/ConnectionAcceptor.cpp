#include "net/ConnectionAcceptor.h"

#include "net/ResponseFormat.h"
#include "net/ServerConnection.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sluice::net {

namespace {

constexpr int kListenBacklog = 4096;
constexpr auto kAcceptPauseWhenOutOfFiles = std::chrono::milliseconds(100);

std::runtime_error listenError(const std::string& host, uint16_t port, const std::string& what) {
    return std::runtime_error("cannot listen on " + host + ":" + std::to_string(port) + ": " + what);
}

/** What a client whose address holds too many connections is told before its socket closes. */
const std::string& tooManyConnectionsResponse() {
    static const std::string response = [] {
        const std::string body =
            errorBody("Too many connections from your address.", "server_error", "too_many_connections");
        std::string head;
        appendResponseHead(head, 503, {{"Content-Type", "application/json"}, {"Retry-After", "1"}},
                           BodyFraming::ContentLength, body.size(), false);
        return head + body;
    }();
    return response;
}

/** The peer's IP address as text ("" when unknown). */
std::string peerAddress(const sockaddr_storage& address) {
    char text[INET6_ADDRSTRLEN] = "";
    if (address.ss_family == AF_INET)
        ::inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in&>(address).sin_addr, text, sizeof text);
    else if (address.ss_family == AF_INET6)
        ::inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6&>(address).sin6_addr, text, sizeof text);
    return text;
}

int bindListeningSocket(const addrinfo& address) {
    const int fd = ::socket(address.ai_family, address.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address.ai_protocol);
    if (fd < 0) return -1;
    const int on = 1;
    const bool bound = ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) == 0 &&
                       ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) == 0 &&
                       ::bind(fd, address.ai_addr, address.ai_addrlen) == 0 && ::listen(fd, kListenBacklog) == 0;
    if (bound) return fd;
    const int error = errno;
    ::close(fd);
    errno = error;
    return -1;
}

}  // namespace

int ConnectionAcceptor::openListener(const std::string& host, uint16_t port) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* addresses = nullptr;
    const std::string service = std::to_string(port);
    const int resolved = ::getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(), &hints, &addresses);
    if (resolved != 0) throw listenError(host, port, ::gai_strerror(resolved));
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> owned(addresses, &::freeaddrinfo);
    const int fd = bindListeningSocket(*addresses);
    if (fd < 0) throw listenError(host, port, std::strerror(errno));
    return fd;
}

uint16_t ConnectionAcceptor::boundPort(int fd) {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        throw std::runtime_error(std::string("getsockname: ") + std::strerror(errno));
    }
    if (address.ss_family == AF_INET6) return ntohs(reinterpret_cast<const sockaddr_in6&>(address).sin6_port);
    return ntohs(reinterpret_cast<const sockaddr_in&>(address).sin_port);
}

ConnectionAcceptor::ConnectionAcceptor(EventLoop& loop, int listenFd, ServerShared shared)
    : loop_(loop), listenFd_(listenFd), shared_(std::move(shared)) {}

ConnectionAcceptor::~ConnectionAcceptor() {
    closeListener();
    closeAllConnections();
    if (drainTimer_ != 0) loop_.cancel(drainTimer_);
}

void ConnectionAcceptor::start() {
    if (listenFd_ < 0 || listening_) return;
    loop_.watch(listenFd_, EPOLLIN, this);
    listening_ = true;
}

void ConnectionAcceptor::onIo(uint32_t) { acceptPending(); }

void ConnectionAcceptor::acceptPending() {
    while (listenFd_ >= 0) {
        sockaddr_storage peer{};
        socklen_t peerLength = sizeof peer;
        const int fd = ::accept4(listenFd_, reinterpret_cast<sockaddr*>(&peer), &peerLength, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            const int error = errno;
            if (error == EINTR || error == ECONNABORTED || error == EPROTO) continue;
            if (error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM) pauseAccepting();
            return;
        }
        std::string address = peerAddress(peer);
        if (!shared_.clients.tryOpen(address)) {
            refuse(fd);
            continue;
        }
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        auto connection = std::make_shared<ServerConnection>(fd, *this, std::move(address));
        connections_.emplace(connection.get(), connection);
        connection->start();
    }
}

void ConnectionAcceptor::refuse(int fd) {
    const std::string& response = tooManyConnectionsResponse();
    (void)::send(fd, response.data(), response.size(), MSG_NOSIGNAL);
    ::close(fd);
}

void ConnectionAcceptor::pauseAccepting() {
    if (!listening_) return;
    loop_.unwatch(listenFd_);
    listening_ = false;
    resumeTimer_ = loop_.runAfter(kAcceptPauseWhenOutOfFiles, [this] {
        resumeTimer_ = 0;
        start();
    });
}

void ConnectionAcceptor::beginDrain(int drainMs) {
    draining_ = true;
    closeListener();
    for (const auto& connection : openConnections()) connection->drain();
    if (connections_.empty()) {
        loop_.stop();
        return;
    }
    drainTimer_ = loop_.runAfter(std::chrono::milliseconds(drainMs), [this] {
        drainTimer_ = 0;
        closeAllConnections();
        loop_.stop();
    });
}

void ConnectionAcceptor::connectionClosed(ServerConnection& connection) {
    shared_.clients.close(connection.clientAddress());
    connections_.erase(&connection);
    if (draining_ && connections_.empty() && drainTimer_ != 0) {
        loop_.cancel(drainTimer_);
        drainTimer_ = 0;
        loop_.stop();
    }
}

void ConnectionAcceptor::closeListener() {
    if (resumeTimer_ != 0) loop_.cancel(resumeTimer_);
    resumeTimer_ = 0;
    if (listening_) loop_.unwatch(listenFd_);
    listening_ = false;
    if (listenFd_ >= 0) ::close(listenFd_);
    listenFd_ = -1;
}

void ConnectionAcceptor::closeAllConnections() {
    for (const auto& connection : openConnections()) connection->abort();
}

std::vector<std::shared_ptr<ServerConnection>> ConnectionAcceptor::openConnections() const {
    std::vector<std::shared_ptr<ServerConnection>> open;
    open.reserve(connections_.size());
    for (const auto& entry : connections_) open.push_back(entry.second);
    return open;
}

}  // namespace sluice::net
