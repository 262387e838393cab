// Finds the caller's token: auth plugins read the credential, the kernel looks it up.
#pragma once

#include "catalog/Catalog.h"
#include "plugins/PluginSet.h"

namespace sluice::pipeline {

/** Turns request headers into an enabled, unexpired token or an OpenAI-shaped 401. */
class Authenticator {
public:
    explicit Authenticator(const plugins::PluginSet& plugins) : plugins_(plugins) {}

    /** The caller's token; throws http::ApiError 401 when there is none or it is not valid. */
    const catalog::Token& authenticate(const plugins::HeaderList& headers, const std::string& query,
                                       const catalog::Catalog& catalog) const;

private:
    const plugins::PluginSet& plugins_;
};

}  // namespace sluice::pipeline
