// The plugin project templates of `sluice plugin new`, compiled in from sdk/templates/.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace sluice::cli {

/** Every file of the provider template as (relative path, text); both may hold {{PLACEHOLDERS}}. */
const std::vector<std::pair<std::string_view, std::string_view>>& providerTemplate();

}  // namespace sluice::cli
