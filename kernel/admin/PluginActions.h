// The admin API's plugin switches and configuration: the same changes `sluice plugin …` makes.
#pragma once

#include "plugins/PluginHost.h"
#include "store/Database.h"

#include <string>

namespace sluice::admin {

/**
 * Applies an operator's plugin change from the admin UI or API: validates it
 * (the plugin exists; a config matches its config_schema, checked without
 * running plugin code), stores it, and bumps the config version so every
 * server sharing the store switches within a reload interval, draining the
 * old instance. Errors are std::invalid_argument with a message for the operator.
 */
class PluginActions {
public:
    /** sources locates plugin folders (for schemas); configs in it are ignored. */
    PluginActions(store::Database& database, plugins::PluginSources sources)
        : database_(database), sources_(std::move(sources)) {}

    /**
     * Body {"id": "...", "enabled": bool, "config": {...}, "isolated": bool}
     * (each optional, at least one); returns a one-line confirmation.
     */
    std::string apply(const std::string& body) const;

private:
    store::Database& database_;
    plugins::PluginSources sources_;
};

}  // namespace sluice::admin
