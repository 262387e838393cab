// The client side of TLS over one non-blocking socket.
#pragma once

#include <openssl/ssl.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace sluice::net {

/**
 * Drives an OpenSSL client session on a non-blocking socket it does not own:
 * the handshake (with SNI and a check of the certificate against the host
 * name or IP address), then reads and writes. Every call returns at once,
 * saying which readiness it needs when it cannot go on. Writes go through
 * OpenSSL's socket BIO (plain write(), no MSG_NOSIGNAL), so the process must
 * ignore SIGPIPE, as `sluice serve` does.
 */
class TlsSession {
public:
    /** How a call ended. */
    enum class Status {
        Done,       // progress made (handshake finished, bytes read or written)
        WantRead,   // call again once the socket is readable
        WantWrite,  // call again once the socket is writable
        Closed,     // the peer ended the connection with a TLS close_notify
        Truncated,  // the peer closed the TCP connection without close_notify: what came may be cut short
        Failed      // see failure()
    };

    /** Prepares a session for fd; host is what the certificate must name. */
    TlsSession(SSL_CTX* context, int fd, const std::string& host);
    ~TlsSession();
    TlsSession(const TlsSession&) = delete;
    TlsSession& operator=(const TlsSession&) = delete;

    /** Advances the handshake. */
    Status handshake();

    /** Reads up to capacity decrypted bytes into buffer, setting received. */
    Status read(char* buffer, size_t capacity, size_t& received);

    /** Writes from bytes, setting written (possibly fewer than all). */
    Status write(std::string_view bytes, size_t& written);

    /** A readable reason for the last Failed status (the certificate verdict when verification failed). */
    const std::string& failure() const noexcept { return failure_; }

private:
    Status classify(int result);
    void describeFailure(int error);

    SSL* ssl_ = nullptr;
    std::string failure_;
};

}  // namespace sluice::net
