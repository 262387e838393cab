#include "net/TlsSession.h"

#include <arpa/inet.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstring>

namespace sluice::net {

namespace {

bool isIpAddress(const std::string& host) {
    unsigned char address[sizeof(in6_addr)];
    return ::inet_pton(AF_INET, host.c_str(), address) == 1 || ::inet_pton(AF_INET6, host.c_str(), address) == 1;
}

/** Sets SNI (names only) and the identity the peer certificate must prove. */
bool expectPeer(SSL* ssl, const std::string& host) {
    if (isIpAddress(host)) return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host.c_str()) == 1;
    return SSL_set_tlsext_host_name(ssl, host.c_str()) == 1 && SSL_set1_host(ssl, host.c_str()) == 1;
}

}  // namespace

TlsSession::TlsSession(SSL_CTX* context, int fd, const std::string& host) : ssl_(SSL_new(context)) {
    if (!ssl_) return;
    if (SSL_set_fd(ssl_, fd) != 1 || !expectPeer(ssl_, host)) {
        SSL_free(ssl_);
        ssl_ = nullptr;
        return;
    }
    SSL_set_connect_state(ssl_);
}

TlsSession::~TlsSession() { SSL_free(ssl_); }

TlsSession::Status TlsSession::handshake() {
    if (!ssl_) {
        failure_ = "cannot create a TLS session";
        return Status::Failed;
    }
    ERR_clear_error();
    return classify(SSL_do_handshake(ssl_));
}

TlsSession::Status TlsSession::read(char* buffer, size_t capacity, size_t& received) {
    ERR_clear_error();
    received = 0;
    return classify(SSL_read_ex(ssl_, buffer, capacity, &received));
}

TlsSession::Status TlsSession::write(std::string_view bytes, size_t& written) {
    ERR_clear_error();
    written = 0;
    return classify(SSL_write_ex(ssl_, bytes.data(), bytes.size(), &written));
}

TlsSession::Status TlsSession::classify(int result) {
    if (result == 1) return Status::Done;
    int error = SSL_get_error(ssl_, result);
    switch (error) {
        case SSL_ERROR_WANT_READ: return Status::WantRead;
        case SSL_ERROR_WANT_WRITE: return Status::WantWrite;
        case SSL_ERROR_ZERO_RETURN: return Status::Closed;
        case SSL_ERROR_SSL:
            if (ERR_GET_REASON(ERR_peek_last_error()) == SSL_R_UNEXPECTED_EOF_WHILE_READING) {
                ERR_clear_error();
                return Status::Truncated;
            }
            describeFailure(error);
            return Status::Failed;
        default: describeFailure(error); return Status::Failed;
    }
}

void TlsSession::describeFailure(int error) {
    long verdict = SSL_get_verify_result(ssl_);
    if (verdict != X509_V_OK) {
        failure_ = std::string("certificate verify failed: ") + X509_verify_cert_error_string(verdict);
    } else if (error == SSL_ERROR_SYSCALL && errno != 0) {
        failure_ = std::strerror(errno);
    } else if (unsigned long code = ERR_peek_last_error(); code != 0) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        failure_ = text;
    } else {
        failure_ = "connection closed during TLS";
    }
    ERR_clear_error();
}

}  // namespace sluice::net
