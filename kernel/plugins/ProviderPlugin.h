// The kernel's typed handle on one loaded provider plugin instance.
#pragma once

#include "plugins/PluginManifest.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::plugins {

/** Header list as the kernel keeps it. */
using HeaderList = std::vector<std::pair<std::string, std::string>>;

/** The upstream HTTP request a provider built. */
struct BuiltRequest {
    std::string method;
    std::string url;
    HeaderList headers;
    std::string body;
};

/** A provider's verdict on an upstream error response. */
struct UpstreamError {
    sluice_error_class errorClass = SLUICE_ERROR_RETRYABLE;
    int clientStatus = 502;
    int64_t retryAfterMs = -1;
    std::string canonicalBody;  // OpenAI-shaped error object; shown to callers only for client errors
};

/** Receives canonical events or bytes; returns false when the consumer is gone. */
using ByteConsumer = std::function<bool(std::string_view)>;

/** Borrowed ABI views of a header list; valid while headers lives and is unchanged. */
std::vector<sluice_header> borrowHeaders(const HeaderList& headers);

/** A usage table with every field unknown (-1). */
sluice_usage unknownUsage();

/** One stream translation; stream_destroy runs exactly once, in the destructor. */
class ProviderStream {
public:
    /** Keeps a copy of vtable, so the stream needs nothing else to outlive it. */
    ProviderStream(const sluice_provider_vtable& vtable, void* stream) : vtable_(vtable), stream_(stream) {}
    ~ProviderStream();
    ProviderStream(const ProviderStream&) = delete;
    ProviderStream& operator=(const ProviderStream&) = delete;

    /** Feeds upstream bytes; each canonical event goes to onEvent. False: consumer gone. */
    bool feed(std::string_view bytes, const ByteConsumer& onEvent);

    /** Ends the stream and returns the usage it reported. */
    sluice_usage finish(const ByteConsumer& onEvent);

private:
    sluice_provider_vtable vtable_;
    void* stream_;
};

/** A provider plugin instance: pure translation calls, safe from many threads. */
class ProviderPlugin {
public:
    /** Takes ownership of instance and keeps a copy of *vtable (read by its struct_size beforehand). */
    ProviderPlugin(PluginManifest manifest, const sluice_provider_vtable* vtable, void* instance);
    ~ProviderPlugin();
    ProviderPlugin(const ProviderPlugin&) = delete;
    ProviderPlugin& operator=(const ProviderPlugin&) = delete;

    /** The manifest the plugin was loaded with. */
    const PluginManifest& manifest() const noexcept { return manifest_; }

    /** Builds the upstream request; throws PluginFailure. */
    BuiltRequest buildRequest(const sluice_provider_call& call) const;

    /** Translates a whole upstream body; throws PluginFailure. */
    std::string translateResponse(const sluice_provider_call& call, std::string_view body, sluice_usage& usage) const;

    /** Starts a stream translation; throws PluginFailure. */
    std::unique_ptr<ProviderStream> openStream(const sluice_provider_call& call) const;

    /**
     * Classifies a non-2xx upstream response. The kernel trusts a plugin's
     * "client error" only for a 4xx status; anything else counts as retryable.
     */
    UpstreamError classifyError(int status, const HeaderList& headers, std::string_view body) const;

    /** True when the plugin produces upstream bytes itself (no network). */
    bool servesLocally() const noexcept { return vtable_.serve_locally != nullptr; }

    /** Whether the plugin takes bodies in format untranslated (its manifest's "formats"). */
    bool speaksNatively(std::string_view format) const;

    /** Runs the local upstream, passing its bytes to onBytes; returns the HTTP status. */
    int serveLocally(const sluice_provider_call& call, const ByteConsumer& onBytes) const;

private:
    PluginManifest manifest_;
    sluice_provider_vtable vtable_;
    void* instance_;
};

}  // namespace sluice::plugins
