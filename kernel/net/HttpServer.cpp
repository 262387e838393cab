#include "net/HttpServer.h"

#include "net/ConnectionAcceptor.h"
#include "util/ThreadName.h"

#include <algorithm>
#include <string>
#include <utility>

namespace sluice::net {

/** The header's name for one loop's acceptor. */
struct HttpServer::Acceptor : ConnectionAcceptor {
    using ConnectionAcceptor::ConnectionAcceptor;
};

HttpServer::HttpServer(const std::string& host, uint16_t port, LoopPlacement placement, ServerLimits limits,
                       RequestHandler handler, HeadFilter headFilter)
    : placement_(std::move(placement)), clients_(limits.maxConnectionsPerClient), bodies_(limits.maxReceivingBodyBytes) {
    const ServerShared shared{limits, std::move(handler), std::move(headFilter), clients_, bodies_};
    for (int i = 0; i < std::max(1, placement_.loops); ++i) {
        loops_.push_back(std::make_unique<EventLoop>());
        const int fd = ConnectionAcceptor::openListener(host, i == 0 ? port : port_);
        acceptors_.push_back(std::make_unique<Acceptor>(*loops_.back(), fd, shared));
        if (i == 0) port_ = ConnectionAcceptor::boundPort(fd);
    }
}

HttpServer::~HttpServer() { stop(); }

void HttpServer::start() {
    if (!threads_.empty() || acceptors_.empty()) return;
    for (size_t i = 0; i < loops_.size(); ++i) {
        EventLoop* loop = loops_[i].get();
        Acceptor* acceptor = acceptors_[i].get();
        loop->post([acceptor] { acceptor->start(); });
        if (i < placement_.cpus.size()) {
            pinnings_.push_back(
                std::make_unique<BusyLoopPinning>(*loop, placement_.cpus[i], placement_.busyPeriod));
            loop->post([pinning = pinnings_.back().get()] { pinning->start(); });
        }
        threads_.emplace_back([loop, i] {
            util::nameThisThread("loop-" + std::to_string(i));
            loop->run();
        });
    }
}

void HttpServer::stop(int drainMs) {
    if (acceptors_.empty()) return;
    for (size_t i = 0; i < threads_.size(); ++i) {
        Acceptor* acceptor = acceptors_[i].get();
        loops_[i]->post([acceptor, drainMs] { acceptor->beginDrain(drainMs); });
    }
    for (std::thread& thread : threads_) thread.join();
    threads_.clear();
    acceptors_.clear();
}

}  // namespace sluice::net
