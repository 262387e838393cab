// A provider that counts its creation through the host's counter_add service and
// refuses to start when the host denies it: the permission tests' probe.
#pragma once

#include "TinyProvider.hpp"

class CountingProvider : public TinyProvider {
public:
    CountingProvider(const sluice::Host& host, std::string_view config) : TinyProvider(host, config) {
        if (!host.counterAdd("created")) throw sluice::PluginError(SLUICE_ERR_DENIED, "counter_add denied");
    }
};
