// The call the plugin-host tests make to the tiny test provider (tests/plugins/TinyProvider.hpp).
#pragma once

#include "plugins/ProviderPlugin.h"

#include <string>

namespace sluice::testsupport {

/** The URL the tiny provider builds for a call to http://127.0.0.1:1: that base plus /chat/completions. */
inline std::string builtUrl(const plugins::ProviderPlugin& provider) {
    std::string base = "http://127.0.0.1:1", body = "{}";
    sluice_provider_call call{sizeof(sluice_provider_call), {base.data(), base.size()}, {"", 0}, {"m", 1}, {"{}", 2},
                              {body.data(), body.size()}, 0, 0, {"openai-chat", 11}, {"chat", 4}};
    return provider.buildRequest(call).url;
}

}  // namespace sluice::testsupport
