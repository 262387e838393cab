#include "net/Resolver.h"

#include "util/ThreadName.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>

#include <cstring>
#include <thread>

namespace sluice::net {

namespace {

constexpr std::chrono::seconds kCacheTtl{60};

void setPort(SocketAddress& address, uint16_t port) {
    if (address.storage.ss_family == AF_INET)
        reinterpret_cast<sockaddr_in&>(address.storage).sin_port = htons(port);
    else
        reinterpret_cast<sockaddr_in6&>(address.storage).sin6_port = htons(port);
}

AddressList withPort(AddressList addresses, uint16_t port) {
    for (SocketAddress& address : addresses) setPort(address, port);
    return addresses;
}

/** The address of a numeric IPv4 or IPv6 host; false for a name. */
bool parseNumericHost(const std::string& host, SocketAddress& address) {
    auto& v4 = reinterpret_cast<sockaddr_in&>(address.storage);
    if (::inet_pton(AF_INET, host.c_str(), &v4.sin_addr) == 1) {
        v4.sin_family = AF_INET;
        address.length = sizeof(sockaddr_in);
        return true;
    }
    auto& v6 = reinterpret_cast<sockaddr_in6&>(address.storage);
    if (::inet_pton(AF_INET6, host.c_str(), &v6.sin6_addr) == 1) {
        v6.sin6_family = AF_INET6;
        address.length = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

/** getaddrinfo for TCP; blocks. Fills addresses or returns a readable error. */
std::string lookUp(const std::string& host, AddressList& addresses) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    int status = ::getaddrinfo(host.c_str(), nullptr, &hints, &found);
    if (status != 0) return "could not resolve " + host + ": " + ::gai_strerror(status);
    for (addrinfo* entry = found; entry; entry = entry->ai_next) {
        if (entry->ai_addrlen > sizeof(sockaddr_storage)) continue;
        SocketAddress address;
        std::memcpy(&address.storage, entry->ai_addr, entry->ai_addrlen);
        address.length = entry->ai_addrlen;
        addresses.push_back(address);
    }
    ::freeaddrinfo(found);
    return addresses.empty() ? "could not resolve " + host + ": no addresses" : std::string();
}

}  // namespace

Resolver::Resolver(EventLoop& loop) : shared_(std::make_shared<Shared>()) {
    shared_->loop = &loop;
    shared_->owner = this;
    shared_->ownerAlive = alive_;
}

Resolver::~Resolver() {
    {
        std::lock_guard lock(shared_->mutex);
        shared_->loop = nullptr;
        shared_->hosts.clear();
    }
    shared_->wake.notify_all();
}

bool Resolver::resolveNow(const std::string& host, uint16_t port, AddressList& addresses) {
    SocketAddress numeric;
    if (parseNumericHost(host, numeric)) {
        setPort(numeric, port);
        addresses.assign(1, numeric);
        return true;
    }
    auto cached = cache_.find(host);
    if (cached == cache_.end()) return false;
    if (cached->second.expires <= std::chrono::steady_clock::now()) {
        cache_.erase(cached);
        return false;
    }
    addresses = withPort(cached->second.addresses, port);
    return true;
}

void Resolver::resolve(const std::string& host, uint16_t port, Callback callback) {
    std::vector<Waiter>& waiters = waiting_[host];
    waiters.push_back(Waiter{port, std::move(callback)});
    if (waiters.size() > 1) return;
    if (!threadStarted_) startThread();
    {
        std::lock_guard lock(shared_->mutex);
        shared_->hosts.push_back(host);
    }
    shared_->wake.notify_one();
}

void Resolver::startThread() {
    std::thread(lookUpForever, shared_).detach();
    threadStarted_ = true;
}

void Resolver::lookUpForever(std::shared_ptr<Shared> shared) {
    util::nameThisThread("resolver");
    std::unique_lock lock(shared->mutex);
    for (;;) {
        shared->wake.wait(lock, [&] { return !shared->hosts.empty() || !shared->loop; });
        if (!shared->loop) return;
        std::string host = std::move(shared->hosts.front());
        shared->hosts.pop_front();
        lock.unlock();
        AddressList addresses;
        std::string error = lookUp(host, addresses);
        lock.lock();
        if (!shared->loop) return;
        shared->loop->post([alive = shared->ownerAlive, owner = shared->owner, host = std::move(host),
                            addresses = std::move(addresses), error = std::move(error)] {
            if (alive.lock()) owner->deliver(host, addresses, error);
        });
    }
}

void Resolver::deliver(const std::string& host, const AddressList& addresses, const std::string& error) {
    if (error.empty()) cache_[host] = CacheEntry{addresses, std::chrono::steady_clock::now() + kCacheTtl};
    auto found = waiting_.find(host);
    if (found == waiting_.end()) return;
    std::vector<Waiter> waiters = std::move(found->second);
    waiting_.erase(found);
    for (Waiter& waiter : waiters) waiter.callback(withPort(addresses, waiter.port), error);
}

}  // namespace sluice::net
