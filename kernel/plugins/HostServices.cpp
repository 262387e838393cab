#include "plugins/HostServices.h"

#include <cctype>
#include <cstring>

namespace sluice::plugins {

namespace {

constexpr size_t kMaxCounterName = 100;

bool validCounterName(const char* name, size_t size) {
    if (size == 0 || size > kMaxCounterName) return false;
    for (size_t i = 0; i < size; ++i) {
        char c = name[i];
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
    }
    return true;
}

}  // namespace

HostServices::HostServices(const std::string& pluginId, const std::vector<std::string>& grantedServices,
                           metrics::MetricsRegistry& metrics)
    : pluginId_(pluginId),
      granted_(grantedServices.begin(), grantedServices.end()),
      metrics_(metrics),
      logger_(Poco::Logger::get("sluice.plugin." + pluginId)) {
    api_ = sluice_host_api{};
    api_.struct_size = sizeof(sluice_host_api);
    api_.abi_major = SLUICE_ABI_MAJOR;
    api_.abi_minor = SLUICE_ABI_MINOR;
    api_.ctx = this;
    api_.log = &HostServices::log;
    api_.counter_add = &HostServices::counterAdd;
}

bool HostServices::allowed(const char* service) {
    if (granted_.count(service)) return true;
    metrics_.add("sluice_plugin_denied_calls_total",
                 "plugin=\"" + metrics::MetricsRegistry::escapeLabel(pluginId_) + "\",service=\"" + service + "\"", 1);
    std::atomic<bool>& audited = std::strcmp(service, "log") == 0 ? deniedLogAudited_ : deniedCounterAudited_;
    if (!audited.exchange(true))
        Poco::Logger::get("sluice.audit")
            .warning("plugin %s called host service '%s' without declaring it in permissions.host_services: denied "
                     "(further denials are only counted)",
                     pluginId_, std::string(service));
    return false;
}

void HostServices::log(void* ctx, sluice_log_level level, const char* message, size_t size) {
    auto* self = static_cast<HostServices*>(ctx);
    if (!self->allowed("log")) return;
    std::string text(message, size);
    switch (level) {
        case SLUICE_LOG_DEBUG: self->logger_.debug(text); break;
        case SLUICE_LOG_INFO: self->logger_.information(text); break;
        case SLUICE_LOG_WARN: self->logger_.warning(text); break;
        default: self->logger_.error(text); break;
    }
}

sluice_status HostServices::counterAdd(void* ctx, const char* name, size_t size, int64_t delta) {
    auto* self = static_cast<HostServices*>(ctx);
    if (!self->allowed("counter_add")) return SLUICE_ERR_DENIED;
    if (!validCounterName(name, size)) return SLUICE_ERR_INVALID_INPUT;
    self->metrics_.add("sluice_plugin_counter_total",
                       "plugin=\"" + metrics::MetricsRegistry::escapeLabel(self->pluginId_) + "\",name=\"" +
                           std::string(name, size) + "\"",
                       delta);
    return SLUICE_OK;
}

}  // namespace sluice::plugins
