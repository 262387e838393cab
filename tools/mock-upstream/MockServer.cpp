#include "MockServer.h"

#include <arpa/inet.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <system_error>

namespace sluice::mock {
namespace {

constexpr int kListenBacklog = 4096;

/** Opens a non-blocking listening socket that shares its port with the other loops' sockets. */
int openListener(const sockaddr_in& address) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        throw std::system_error(errno, std::generic_category(), "socket");
    }
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(fd, kListenBacklog) != 0) {
        const int error = errno;
        ::close(fd);
        char host[INET_ADDRSTRLEN] = {};
        ::inet_ntop(AF_INET, &address.sin_addr, host, sizeof host);
        throw std::system_error(error, std::generic_category(),
                                "listen on " + std::string(host) + ":" + std::to_string(ntohs(address.sin_port)));
    }
    return fd;
}

}  // namespace

MockServer::MockServer(const Options& options) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr = options.address;
    address.sin_port = htons(options.port);
    for (unsigned i = 0; i < options.threads; ++i) {
        const int fd = openListener(address);
        if (i == 0) {
            // Port 0 picked a free port; the other loops' listeners join that one.
            sockaddr_in bound{};
            socklen_t length = sizeof bound;
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &length);
            port_ = ntohs(bound.sin_port);
            address.sin_port = bound.sin_port;
        }
        loops_.push_back(std::make_unique<EventLoop>(fd, options.defaults));
    }
}

MockServer::~MockServer() {
    stop();
}

void MockServer::start() {
    for (const auto& loop : loops_) {
        threads_.emplace_back([raw = loop.get()] { raw->run(); });
    }
}

void MockServer::stop() {
    for (const auto& loop : loops_) {
        loop->requestStop();
    }
    for (std::thread& thread : threads_) {
        thread.join();
    }
    threads_.clear();
}

}  // namespace sluice::mock
