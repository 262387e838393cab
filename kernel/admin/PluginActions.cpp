#include "admin/PluginActions.h"

#include "provisioning/PluginChange.h"

namespace sluice::admin {

std::string PluginActions::apply(const std::string& body) const {
    return provisioning::applyPluginChange(database_, sources_, provisioning::parsePluginChange(body)) +
           "; servers switch within a reload interval";
}

}  // namespace sluice::admin
