// Builds Sluice's layered configuration: defaults < file < environment < flags.
#pragma once

#include <Poco/AutoPtr.h>
#include <Poco/Util/LayeredConfiguration.h>

#include <map>
#include <string>

namespace sluice::config {

/** Assembles the configuration layers in precedence order. */
class ConfigLoader {
public:
    /**
     * Loads the layers. configFile may be empty (then config/sluice.json or
     * /etc/sluice/sluice.json is used if present); environment is usually the
     * process environment; overrides come from command-line flags.
     */
    static Poco::AutoPtr<Poco::Util::LayeredConfiguration> load(
        const std::string& configFile, const std::map<std::string, std::string>& environment,
        const std::map<std::string, std::string>& overrides);

    /** The process environment restricted to the SLUICE_* variables. */
    static std::map<std::string, std::string> processEnvironment();
};

}  // namespace sluice::config
