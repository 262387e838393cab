// The kernel's upstream HTTP(S) client for one event loop: pooled keep-alive connections, timeouts.
#pragma once

#include "net/EventLoop.h"
#include "net/HttpMessage.h"
#include "net/UpstreamCall.h"

#include <memory>
#include <string>

namespace sluice::net {

/** Upstream timeouts in milliseconds. */
struct ClientTimeouts {
    int connectMs = 5000;     // TCP connect plus TLS handshake
    int firstByteMs = 60000;  // request sent -> response head complete
    int idleMs = 120000;      // longest silence between body bytes
};

/** TLS settings for upstream connections. */
struct TlsOptions {
    std::string caFile;  // extra trusted CA certificates (PEM) on top of the system's; empty = system CAs only
};

/** One request to send upstream. */
struct ClientRequest {
    std::string method = "POST";
    std::string url;  // absolute http:// or https:// URL
    Headers headers;
    std::string body;
};

/**
 * Sends requests on one loop. Connections are pooled per scheme://host:port
 * (up to maxIdlePerHost idle ones). A pooled connection found dead before any
 * response byte is replaced once, transparently. Host names are resolved off
 * the loop thread and cached; https uses OpenSSL with peer verification
 * against the system CAs (plus TlsOptions::caFile).
 */
class HttpClient {
public:
    /** A client for calls started on loop's thread; loop must outlive it. */
    HttpClient(EventLoop& loop, ClientTimeouts timeouts, size_t maxIdlePerHost, TlsOptions tls = {});

    /** Closes pooled connections and abandons calls in flight (their handlers hear nothing more). */
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    /**
     * Starts a call; the handler is kept alive until the call ends. A bad URL
     * is reported through handler->onFailure (posted, never re-entrant).
     * Loop thread only.
     */
    std::shared_ptr<UpstreamCall> send(ClientRequest request, std::shared_ptr<UpstreamHandler> handler);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sluice::net
