// The auth kind in the C++ SDK layer: read a credential, never look it up.
#pragma once

#include <sluice/host.hpp>

namespace sluice {

/** What an auth scheme found in one request. */
struct AuthResult {
    sluice_auth_outcome outcome = SLUICE_AUTH_NO_CREDENTIAL;
    std::string credential;  // the API key when outcome is SLUICE_AUTH_API_KEY
    std::string reason;      // why, when outcome is SLUICE_AUTH_REJECTED
};

/** An auth scheme: subclass it and register it with SLUICE_AUTH_PLUGIN. */
class AuthScheme {
public:
    virtual ~AuthScheme() = default;

    /** Looks for a credential in the headers (names lower-case) and query string. */
    virtual AuthResult authenticate(const HeaderViews& headers, std::string_view query) = 0;
};

}  // namespace sluice
