// The admin UI's plugins page: every plugin, loaded or refused and why.
#pragma once

#include "plugins/PluginRecord.h"

#include <string>
#include <vector>

namespace sluice::admin {

/**
 * Renders admin-ui/templates/plugins.tpl, every value escaped for where it
 * lands (the template's AUTOESCAPE pragma); a non-empty warning is shown as a banner.
 */
std::string renderPluginsPage(const std::vector<plugins::PluginRecord>& records, const std::string& warning = {});

/** The page's script, admin-ui/templates/plugins.js.tpl, served as is. */
std::string pluginsScript();

}  // namespace sluice::admin
