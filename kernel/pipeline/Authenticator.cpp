#include "pipeline/Authenticator.h"

#include "http/ApiError.h"
#include "util/Clock.h"
#include "util/Secrets.h"

namespace sluice::pipeline {

namespace {

http::ApiError unauthorized(const std::string& message, const std::string& code = "invalid_api_key") {
    return http::ApiError(401, "invalid_request_error", code, message);
}

}  // namespace

const catalog::Token& Authenticator::authenticate(const plugins::HeaderList& headers, const std::string& query,
                                                  const catalog::Catalog& catalog) const {
    for (const auto& scheme : plugins_.authSchemes()) {
        plugins::AuthFinding finding = scheme->authenticate(headers, query);
        if (finding.outcome == SLUICE_AUTH_NO_CREDENTIAL) continue;
        if (finding.outcome == SLUICE_AUTH_REJECTED) throw unauthorized("Invalid credentials: " + finding.reason);
        const catalog::Token* token = catalog.findToken(util::sha256Hex(finding.credential));
        if (!token) throw unauthorized("Incorrect API key provided: " + util::keyHint(finding.credential) + ".");
        if (!token->enabled) throw unauthorized("This API key has been disabled.", "token_disabled");
        if (token->expiredAt(util::unixMillis())) throw unauthorized("This API key has expired.", "token_expired");
        return *token;
    }
    throw unauthorized(plugins_.authSchemes().empty()
                           ? "No auth plugin is loaded, so no request can be authenticated."
                           : "You didn't provide an API key. Send it as 'Authorization: Bearer <key>'.",
                       "missing_api_key");
}

}  // namespace sluice::pipeline
