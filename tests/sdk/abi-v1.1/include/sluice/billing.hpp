// The billing kind in the C++ SDK layer: prices in integer micro-units.
#pragma once

#include <sluice/host.hpp>

namespace sluice {

/** A billing policy: subclass it and register it with SLUICE_BILLING_PLUGIN. */
class BillingPolicy {
public:
    virtual ~BillingPolicy() = default;

    /** Amount to pre-consume before a request runs. */
    virtual int64_t quote(std::string_view model, std::string_view requestBody) = 0;

    /** Final amount from the exact usage. */
    virtual int64_t settle(std::string_view model, const Usage& usage) = 0;
};

}  // namespace sluice
