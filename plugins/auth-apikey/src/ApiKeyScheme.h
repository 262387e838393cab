// Auth scheme for Sluice API keys as the official OpenAI, Anthropic and Google clients send them.
#pragma once

#include <sluice/plugin.hpp>

namespace sluice::plugins {

/** Finds an API key in Authorization: Bearer, x-api-key, x-goog-api-key or ?key=. */
class ApiKeyScheme : public AuthScheme {
public:
    ApiKeyScheme(const Host& host, std::string_view configJson);

    AuthResult authenticate(const HeaderViews& headers, std::string_view query) override;
};

}  // namespace sluice::plugins
