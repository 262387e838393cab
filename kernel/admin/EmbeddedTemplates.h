// The admin UI's ctemplate templates, compiled into the binary from admin-ui/templates/.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace sluice::admin {

/** Every template as (file name, text). */
const std::vector<std::pair<std::string_view, std::string_view>>& embeddedTemplates();

}  // namespace sluice::admin
