// The OpenSSL client context the upstream client's TLS connections share.
#pragma once

#include <openssl/ssl.h>

#include <string>

namespace sluice::net {

/**
 * One SSL_CTX for upstream connections: TLS 1.2 or later, peer verification
 * against the system CAs plus an optional extra CA file, ALPN http/1.1.
 * Built on first use, so plain-HTTP clients never load the CA store.
 */
class ClientTlsContext {
public:
    /** caFile: extra trusted CAs in PEM, or empty for the system CAs only. */
    explicit ClientTlsContext(std::string caFile);
    ~ClientTlsContext();
    ClientTlsContext(const ClientTlsContext&) = delete;
    ClientTlsContext& operator=(const ClientTlsContext&) = delete;

    /** The context, built on the first call; nullptr when it could not be (see error()). */
    SSL_CTX* get();

    /** Why the context could not be built. */
    const std::string& error() const noexcept { return error_; }

private:
    bool configure();

    std::string caFile_;
    SSL_CTX* context_ = nullptr;
    bool attempted_ = false;
    std::string error_;
};

}  // namespace sluice::net
