// The one table of configuration keys: name, environment variable, default, meaning.
#pragma once

#include <string_view>
#include <vector>

namespace sluice::config {

/** One documented configuration key. */
struct SettingKey {
    std::string_view key;          // dotted name in config files, e.g. "server.listen"
    std::string_view environment;  // environment variable that overrides it
    std::string_view defaultValue;
    std::string_view description;
};

/** Every key Sluice reads, in the order the README documents them. */
const std::vector<SettingKey>& settingKeys();

}  // namespace sluice::config
