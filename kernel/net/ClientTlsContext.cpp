#include "net/ClientTlsContext.h"

#include <openssl/err.h>

namespace sluice::net {

namespace {

/** ALPN protocol list in wire format: we only speak HTTP/1.1. */
constexpr unsigned char kAlpnHttp11[] = {8, 'h', 't', 't', 'p', '/', '1', '.', '1'};

std::string lastOpenSslError() {
    char text[256] = "unknown error";
    unsigned long code = ERR_peek_last_error();
    if (code != 0) ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return text;
}

}  // namespace

ClientTlsContext::ClientTlsContext(std::string caFile) : caFile_(std::move(caFile)) {}

ClientTlsContext::~ClientTlsContext() { SSL_CTX_free(context_); }

SSL_CTX* ClientTlsContext::get() {
    if (attempted_) return context_;
    attempted_ = true;
    context_ = SSL_CTX_new(TLS_client_method());
    if (!context_) {
        error_ = "cannot create TLS context: " + lastOpenSslError();
    } else if (!configure()) {
        SSL_CTX_free(context_);
        context_ = nullptr;
    }
    return context_;
}

bool ClientTlsContext::configure() {
    SSL_CTX_set_min_proto_version(context_, TLS1_2_VERSION);
    SSL_CTX_set_mode(context_, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    SSL_CTX_set_verify(context_, SSL_VERIFY_PEER, nullptr);
    if (SSL_CTX_set_default_verify_paths(context_) != 1) {
        error_ = "cannot load the system CA certificates: " + lastOpenSslError();
        return false;
    }
    if (!caFile_.empty() && SSL_CTX_load_verify_locations(context_, caFile_.c_str(), nullptr) != 1) {
        error_ = "cannot load CA file " + caFile_ + ": " + lastOpenSslError();
        return false;
    }
    if (SSL_CTX_set_alpn_protos(context_, kAlpnHttp11, sizeof kAlpnHttp11) != 0) {
        error_ = "cannot set ALPN: " + lastOpenSslError();
        return false;
    }
    return true;
}

}  // namespace sluice::net
