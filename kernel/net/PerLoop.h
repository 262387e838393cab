// One object per event loop, found by the loop a request runs on.
#pragma once

#include "net/EventLoop.h"

#include <memory>
#include <stdexcept>
#include <unordered_map>
#include <vector>

namespace sluice::net {

/**
 * Per-loop state for the request path (an upstream client, snapshot copies):
 * each request uses its own loop's object, so loops share nothing. Built once
 * before serving and only read after, so lookups take no lock.
 */
template <class T>
class PerLoop {
public:
    /** Builds one object per loop with make(loop), which returns std::unique_ptr<T>. */
    template <class Make>
    PerLoop(const std::vector<std::unique_ptr<EventLoop>>& loops, Make make) {
        for (const auto& loop : loops) objects_.emplace(loop.get(), make(*loop));
    }

    /** The object of `loop`; throws std::logic_error for a loop it was not built for. */
    T& forLoop(const EventLoop& loop) const {
        auto it = objects_.find(&loop);
        if (it == objects_.end()) throw std::logic_error("no per-loop object for this event loop");
        return *it->second;
    }

private:
    std::unordered_map<const EventLoop*, std::unique_ptr<T>> objects_;
};

}  // namespace sluice::net
