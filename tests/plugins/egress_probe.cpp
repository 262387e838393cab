#include "EgressProbe.hpp"
SLUICE_PROVIDER_PLUGIN(EgressProbe, "test/egress-probe", "1.0.0", nullptr)
