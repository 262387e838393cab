// Writes a provisioning plan (or a single new token) in one transaction.
#pragma once

#include "provisioning/ProvisioningPlan.h"
#include "store/Database.h"

#include <utility>

namespace sluice::provisioning {

/** What an apply changed; generated keys are shown once and never stored in clear. */
struct ApplyResult {
    size_t channels = 0;
    size_t tokens = 0;
    size_t plugins = 0;
    int64_t configVersion = 0;
    std::vector<std::pair<std::string, std::string>> generatedKeys;  // token name, key
};

/** Upserts channels, tokens and plugin settings, all or nothing, and bumps the config version. */
class Provisioner {
public:
    explicit Provisioner(store::Database& database) : database_(database) {}

    /** Applies the whole plan in one transaction; running servers pick it up on their next poll. */
    ApplyResult apply(const ProvisioningPlan& plan);

    /** Creates a new token with a generated key; throws std::invalid_argument if the name is taken. */
    std::string createToken(catalog::Token token);

private:
    store::Database& database_;
};

}  // namespace sluice::provisioning
