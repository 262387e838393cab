#include "plugins/AuthPlugin.h"

#include "plugins/AbiWriters.h"
#include "plugins/PluginFailure.h"

namespace sluice::plugins {

AuthPlugin::AuthPlugin(PluginManifest manifest, const sluice_auth_vtable& vtable, void* instance)
    : manifest_(std::move(manifest)), vtable_(vtable), instance_(instance) {}

AuthPlugin::~AuthPlugin() { vtable_.destroy(instance_); }

AuthFinding AuthPlugin::authenticate(const HeaderList& headers, std::string_view query) const {
    std::vector<sluice_header> abiHeaders = borrowHeaders(headers);
    StringWriter credential, err;
    sluice_auth_outcome outcome = SLUICE_AUTH_NO_CREDENTIAL;
    sluice_status status = vtable_.authenticate(instance_, abiHeaders.data(), abiHeaders.size(),
                                                sluice_str{query.data(), query.size()}, &outcome, credential.abi(),
                                                err.abi());
    rethrowWriterFailures(credential, err);
    throwIfFailed(status, err.text(), "authenticate");
    return AuthFinding{outcome, std::move(credential.text()), std::move(err.text())};
}

}  // namespace sluice::plugins
