// The host's sluice_request_builder: collects the upstream request a provider builds.
#pragma once

#include "plugins/AbiWriters.h"
#include "plugins/PluginText.h"
#include "plugins/ProviderPlugin.h"

#include <string>
#include <utility>

namespace sluice::plugins {

/**
 * Collects what a provider's build_request writes. Its callbacks never throw
 * into the plugin: a failure (out of memory, a length past max_size) is kept,
 * later calls go on, and take() rethrows it once the plugin call returned.
 */
class RequestCollector {
public:
    RequestCollector() {
        request_.headers.reserve(kHeaderSlots);
        builder_.ctx = this;
        builder_.set_method = &RequestCollector::setMethod;
        builder_.set_url = &RequestCollector::setUrl;
        builder_.add_header = &RequestCollector::addHeader;
        builder_.body = *body_.abi();
    }
    RequestCollector(const RequestCollector&) = delete;
    RequestCollector& operator=(const RequestCollector&) = delete;

    /** The ABI view to pass to a plugin. */
    sluice_request_builder* abi() noexcept { return &builder_; }

    /** The request the plugin built; rethrows what a callback threw during the call. */
    BuiltRequest take() {
        rethrowWriterFailures(failure_, body_);
        request_.body = std::move(body_.text());
        return std::move(request_);
    }

private:
    /** Header slots reserved: adapters set a handful, so the list is allocated once. */
    static constexpr size_t kHeaderSlots = 8;

    static RequestCollector& self(void* ctx) noexcept { return *static_cast<RequestCollector*>(ctx); }

    static void setMethod(void* ctx, const char* method, size_t size) noexcept {
        self(ctx).failure_.attempt([&] { self(ctx).request_.method.assign(pluginText(method, size)); });
    }

    static void setUrl(void* ctx, const char* url, size_t size) noexcept {
        self(ctx).failure_.attempt([&] { self(ctx).request_.url.assign(pluginText(url, size)); });
    }

    static void addHeader(void* ctx, const char* name, size_t nameSize, const char* value, size_t valueSize) noexcept {
        self(ctx).failure_.attempt([&] {
            self(ctx).request_.headers.emplace_back(std::string(pluginText(name, nameSize)),
                                                    std::string(pluginText(value, valueSize)));
        });
    }

    BuiltRequest request_;
    StringWriter body_;
    CallbackFailure failure_;
    sluice_request_builder builder_{};
};

}  // namespace sluice::plugins
