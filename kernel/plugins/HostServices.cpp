#include "plugins/HostServices.h"

namespace sluice::plugins {

HostServices::HostServices(const std::string& pluginId) : logger_(Poco::Logger::get("sluice.plugin." + pluginId)) {
    api_ = sluice_host_api{};
    api_.struct_size = sizeof(sluice_host_api);
    api_.abi_major = SLUICE_ABI_MAJOR;
    api_.abi_minor = SLUICE_ABI_MINOR;
    api_.ctx = this;
    api_.log = &HostServices::log;
    api_.counter_add = nullptr;  // offered once the metrics registry lands; plugins check for NULL
}

void HostServices::log(void* ctx, sluice_log_level level, const char* message, size_t size) {
    Poco::Logger& logger = static_cast<HostServices*>(ctx)->logger_;
    std::string text(message, size);
    switch (level) {
        case SLUICE_LOG_DEBUG: logger.debug(text); break;
        case SLUICE_LOG_INFO: logger.information(text); break;
        case SLUICE_LOG_WARN: logger.warning(text); break;
        default: logger.error(text); break;
    }
}

}  // namespace sluice::plugins
