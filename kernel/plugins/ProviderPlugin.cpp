#include "plugins/ProviderPlugin.h"

#include "plugins/AbiWriters.h"
#include "plugins/PluginFailure.h"
#include "plugins/RequestCollector.h"

#include <algorithm>

namespace sluice::plugins {

std::vector<sluice_header> borrowHeaders(const HeaderList& headers) {
    std::vector<sluice_header> views;
    views.reserve(headers.size());
    for (const auto& [name, value] : headers) views.push_back({{name.data(), name.size()}, {value.data(), value.size()}});
    return views;
}

sluice_usage unknownUsage() {
    sluice_usage usage{};
    usage.struct_size = sizeof(sluice_usage);
    usage.prompt_tokens = usage.completion_tokens = usage.total_tokens = -1;
    usage.cached_prompt_tokens = usage.reasoning_tokens = -1;
    return usage;
}

ProviderStream::~ProviderStream() { vtable_.stream_destroy(stream_); }

bool ProviderStream::feed(std::string_view bytes, const ByteConsumer& onEvent) {
    CallbackWriter out(onEvent);
    StringWriter err;
    sluice_status status = vtable_.stream_feed(stream_, sluice_str{bytes.data(), bytes.size()}, out.abi(), err.abi());
    rethrowWriterFailures(out, err);
    if (status == SLUICE_ERR_CANCELLED) return false;
    throwIfFailed(status, err.text(), "stream_feed");
    return true;
}

sluice_usage ProviderStream::finish(const ByteConsumer& onEvent) {
    CallbackWriter out(onEvent);
    StringWriter err;
    sluice_usage usage = unknownUsage();
    sluice_status status = vtable_.stream_finish(stream_, out.abi(), &usage, err.abi());
    rethrowWriterFailures(out, err);
    if (status != SLUICE_ERR_CANCELLED) throwIfFailed(status, err.text(), "stream_finish");
    return usage;
}

ProviderPlugin::ProviderPlugin(PluginManifest manifest, const sluice_provider_vtable* vtable, void* instance)
    : manifest_(std::move(manifest)), vtable_(*vtable), instance_(instance) {}

ProviderPlugin::~ProviderPlugin() { vtable_.destroy(instance_); }

BuiltRequest ProviderPlugin::buildRequest(const sluice_provider_call& call) const {
    RequestCollector collector;
    StringWriter err;
    sluice_status status = vtable_.build_request(instance_, &call, collector.abi(), err.abi());
    BuiltRequest request = collector.take();
    err.rethrowIfFailed();
    throwIfFailed(status, err.text(), "build_request");
    return request;
}

std::string ProviderPlugin::translateResponse(const sluice_provider_call& call, std::string_view body,
                                              sluice_usage& usage) const {
    StringWriter out, err;
    usage = unknownUsage();
    sluice_status status = vtable_.translate_response(instance_, &call, sluice_str{body.data(), body.size()}, out.abi(),
                                                      &usage, err.abi());
    rethrowWriterFailures(out, err);
    throwIfFailed(status, err.text(), "translate_response");
    return std::move(out.text());
}

std::unique_ptr<ProviderStream> ProviderPlugin::openStream(const sluice_provider_call& call) const {
    void* stream = nullptr;
    StringWriter err;
    sluice_status status = vtable_.stream_new(instance_, &call, &stream, err.abi());
    auto opened = status == SLUICE_OK ? std::make_unique<ProviderStream>(vtable_, stream) : nullptr;
    err.rethrowIfFailed();
    throwIfFailed(status, err.text(), "stream_new");
    return opened;
}

UpstreamError ProviderPlugin::classifyError(int status, const HeaderList& headers, std::string_view body) const {
    std::vector<sluice_header> abiHeaders = borrowHeaders(headers);
    sluice_error_info info{sizeof(sluice_error_info), SLUICE_ERROR_RETRYABLE, 502, -1};
    StringWriter errorBody;
    vtable_.classify_error(instance_, status, abiHeaders.data(), abiHeaders.size(), sluice_str{body.data(), body.size()},
                           &info, errorBody.abi());
    errorBody.rethrowIfFailed();
    bool clientFault = info.error_class == SLUICE_ERROR_CLIENT && info.client_status >= 400 && info.client_status < 500;
    return UpstreamError{clientFault ? SLUICE_ERROR_CLIENT
                                     : (info.error_class == SLUICE_ERROR_CHANNEL_FATAL ? SLUICE_ERROR_CHANNEL_FATAL
                                                                                       : SLUICE_ERROR_RETRYABLE),
                         info.client_status, info.retry_after_ms, std::move(errorBody.text())};
}

int ProviderPlugin::serveLocally(const sluice_provider_call& call, const ByteConsumer& onBytes) const {
    CallbackWriter out(onBytes);
    StringWriter err;
    int32_t status = 500;
    sluice_status result = vtable_.serve_locally(instance_, &call, &status, out.abi(), err.abi());
    rethrowWriterFailures(out, err);
    if (result != SLUICE_ERR_CANCELLED) throwIfFailed(result, err.text(), "serve_locally");
    return status;
}

bool ProviderPlugin::speaksNatively(std::string_view format) const {
    return std::find(manifest_.formats.begin(), manifest_.formats.end(), format) != manifest_.formats.end();
}

}  // namespace sluice::plugins
