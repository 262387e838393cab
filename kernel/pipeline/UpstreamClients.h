// One upstream HTTP client per event loop, so a request's upstream call stays on its thread.
#pragma once

#include "net/HttpClient.h"

#include <memory>
#include <unordered_map>
#include <vector>

namespace sluice::pipeline {

/** The HttpClient of each server loop; built once before serving, read without locks after. */
class UpstreamClients {
public:
    /** Creates a client for each loop. */
    UpstreamClients(const std::vector<std::unique_ptr<net::EventLoop>>& loops, net::ClientTimeouts timeouts,
                    size_t maxIdlePerHost);

    /** The client of the loop a request runs on. */
    net::HttpClient& forLoop(net::EventLoop& loop) const;

private:
    std::unordered_map<const net::EventLoop*, std::unique_ptr<net::HttpClient>> clients_;
};

}  // namespace sluice::pipeline
