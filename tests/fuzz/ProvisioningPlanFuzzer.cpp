// The provisioning file parser (`sluice apply`): any file is read or refused with std::invalid_argument.
#include "FuzzSupport.h"
#include "provisioning/ProvisioningPlan.h"

#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sluice::fuzz;
    try {
        const auto plan = sluice::provisioning::ProvisioningPlan::parse(std::string(textOf(data, size)));
        for (const auto& channel : plan.channels) require(channel != nullptr, "every channel is there");
    } catch (const std::invalid_argument&) {
    }
    return 0;
}
