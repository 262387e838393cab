// Why the host refused to load or instantiate a plugin.
#pragma once

#include <stdexcept>

namespace sluice::plugins {

/** A refusal: what() becomes the plugin record's reason and the log line's. */
class PluginRefusal : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace sluice::plugins
