// The plugin's handle on the services the Sluice host offers.
#pragma once

#include <sluice/detail/table.hpp>
#include <sluice/types.hpp>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace sluice {

/** A request for Host::httpFetch. */
struct HttpRequest {
    std::string method = "GET";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    int64_t timeoutMs = 0;  // <= 0: the host's default
};

/** What Host::httpFetch returns. */
struct HttpResponse {
    int status = 0;
    std::string body;
};

namespace detail {

/** A sluice_writer that appends to a string; a failed append answers SLUICE_ERR_INTERNAL, never an exception. */
class StringSink {
public:
    StringSink() noexcept : writer_{this, [](void* ctx, const char* data, size_t size) noexcept {
                                        try {
                                            static_cast<StringSink*>(ctx)->text.append(data, size);
                                            return SLUICE_OK;
                                        } catch (...) {
                                            return SLUICE_ERR_INTERNAL;
                                        }
                                    }} {}
    StringSink(const StringSink&) = delete;
    StringSink& operator=(const StringSink&) = delete;

    sluice_writer* abi() noexcept { return &writer_; }

    std::string text;

private:
    sluice_writer writer_;
};

}  // namespace detail

/**
 * Wraps the host services table; cheap to copy, valid while the plugin is
 * loaded. Reads the table by its struct_size: a service the host does not
 * have is absent.
 */
class Host {
public:
    explicit Host(const sluice_host_api* api) noexcept : api_(detail::readTable(api)) {}

    /** Logs a line attributed to this plugin. Never pass secrets. */
    void log(sluice_log_level level, std::string_view message) const noexcept {
        if (api_.log) api_.log(api_.ctx, level, message.data(), message.size());
    }

    /** Adds delta to a named host metrics counter; false when the host refused (no permission). */
    bool counterAdd(std::string_view name, int64_t delta = 1) const noexcept {
        return api_.counter_add && api_.counter_add(api_.ctx, name.data(), name.size(), delta) == SLUICE_OK;
    }

    /**
     * Performs an HTTP(S) request through the host, blocking the calling
     * thread (so never from a translation operation). Throws PluginError:
     * SLUICE_ERR_DENIED when the URL's host is not in permissions.egress or
     * "http" is not in permissions.host_services, SLUICE_ERR_INTERNAL for a
     * transport failure, SLUICE_ERR_UNSUPPORTED on a host older than ABI 1.1.
     */
    HttpResponse httpFetch(const HttpRequest& request) const {
        if (!hasAbi11Services()) throw PluginError(SLUICE_ERR_UNSUPPORTED, "this host has no HTTP service (ABI < 1.1)");
        std::vector<sluice_header> headers;
        for (const auto& [name, value] : request.headers)
            headers.push_back({{name.data(), name.size()}, {value.data(), value.size()}});
        sluice_http_request abi{sizeof(sluice_http_request),      {request.method.data(), request.method.size()},
                                {request.url.data(), request.url.size()}, headers.data(), headers.size(),
                                {request.body.data(), request.body.size()}, request.timeoutMs};
        HttpResponse response;
        int32_t status = 0;
        detail::StringSink body, err;
        sluice_status result = api_.http_fetch(api_.ctx, &abi, &status, body.abi(), err.abi());
        if (result != SLUICE_OK) throw PluginError(result, err.text);
        response.status = status;
        response.body = std::move(body.text);
        return response;
    }

    /**
     * The secret the operator set as SLUICE_SECRET_<NAME>. Throws PluginError:
     * SLUICE_ERR_DENIED when name is not in permissions.secrets,
     * SLUICE_ERR_INVALID_INPUT when the operator did not set it.
     */
    std::string secret(std::string_view name) const {
        if (!hasAbi11Services()) throw PluginError(SLUICE_ERR_UNSUPPORTED, "this host has no secrets service (ABI < 1.1)");
        detail::StringSink value, err;
        sluice_status result = api_.secret_get(api_.ctx, name.data(), name.size(), value.abi(), err.abi());
        if (result != SLUICE_OK) throw PluginError(result, err.text);
        return std::move(value.text);
    }

    /** The host's ABI minor version: lets a plugin use fields added later. */
    uint32_t abiMinor() const noexcept { return api_.abi_minor; }

private:
    bool hasAbi11Services() const noexcept { return api_.http_fetch && api_.secret_get; }

    sluice_host_api api_;
};

}  // namespace sluice
