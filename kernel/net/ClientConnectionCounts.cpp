#include "net/ClientConnectionCounts.h"

namespace sluice::net {

bool ClientConnectionCounts::tryOpen(const std::string& address) {
    std::lock_guard<std::mutex> lock(mutex_);
    size_t& open = open_[address];
    if (perClient_ != 0 && open >= perClient_) {
        if (open == 0) open_.erase(address);
        return false;
    }
    ++open;
    return true;
}

void ClientConnectionCounts::close(const std::string& address) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = open_.find(address);
    if (it == open_.end()) return;
    if (--it->second == 0) open_.erase(it);
}

size_t ClientConnectionCounts::openFrom(const std::string& address) const {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = open_.find(address);
    return it == open_.end() ? 0 : it->second;
}

}  // namespace sluice::net
