// The admin UI's plugins page: every plugin, loaded or refused and why.
#pragma once

#include "plugins/PluginRecord.h"

#include <string>
#include <vector>

namespace sluice::admin {

/** Renders admin-ui/templates/plugins.tpl (HTML-escaped by ctemplate). */
std::string renderPluginsPage(const std::vector<plugins::PluginRecord>& records);

}  // namespace sluice::admin
