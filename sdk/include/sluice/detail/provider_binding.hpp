// Internal: the C vtable for a ProviderAdapter subclass.
#pragma once

#include <sluice/detail/guard.hpp>
#include <sluice/detail/table.hpp>
#include <sluice/provider.hpp>

#include <type_traits>

namespace sluice::detail {

/** Borrowed views of one ABI call, read by the call table's struct_size. */
inline ProviderCall toCall(const sluice_provider_call* abi) noexcept {
    const sluice_provider_call c = readTable(abi);
    ProviderCall call;
    call.baseUrl = view(c.base_url);
    call.apiKey = view(c.api_key);
    call.upstreamModel = view(c.upstream_model);
    call.channelOptions = view(c.channel_options);
    call.requestBody = view(c.request_body);
    call.stream = c.stream != 0;
    call.includeUsage = c.include_usage != 0;
    if (c.format.size > 0) call.format = view(c.format);
    if (c.operation.size > 0) call.operation = view(c.operation);
    return call;
}

/** Borrowed views of an ABI header array. */
inline HeaderViews toHeaders(const sluice_header* headers, size_t count) {
    HeaderViews out;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i) out.emplace_back(view(headers[i].name), view(headers[i].value));
    return out;
}

template <class T>
struct ProviderBinding {
    static_assert(std::is_base_of_v<ProviderAdapter, T>, "T must derive from sluice::ProviderAdapter");

    static sluice_status buildRequest(void* instance, const sluice_provider_call* c,
                                      sluice_request_builder* out, sluice_writer* err) noexcept {
        return guard(err, [&] {
            UpstreamRequest request = static_cast<T*>(instance)->buildRequest(toCall(c));
            out->set_method(out->ctx, request.method.data(), request.method.size());
            out->set_url(out->ctx, request.url.data(), request.url.size());
            for (const auto& [name, value] : request.headers)
                out->add_header(out->ctx, name.data(), name.size(), value.data(), value.size());
            Sink(&out->body).write(request.body);
        });
    }

    static sluice_status translateResponse(void* instance, const sluice_provider_call* c,
                                           sluice_str body, sluice_writer* out, sluice_usage* usage,
                                           sluice_writer* err) noexcept {
        return guard(err, [&] {
            Usage seen;
            std::string translated = static_cast<T*>(instance)->translateResponse(toCall(c), view(body), seen);
            fillUsage(usage, seen);
            Sink(out).write(translated);
        });
    }

    static sluice_status streamNew(void* instance, const sluice_provider_call* c, void** stream,
                                   sluice_writer* err) noexcept {
        return guard(err, [&] { *stream = static_cast<T*>(instance)->newStream(toCall(c)).release(); });
    }

    static sluice_status streamFeed(void* stream, sluice_str bytes, sluice_writer* out,
                                    sluice_writer* err) noexcept {
        return guard(err, [&] { static_cast<StreamTranslator*>(stream)->feed(view(bytes), Sink(out)); });
    }

    static sluice_status streamFinish(void* stream, sluice_writer* out, sluice_usage* usage,
                                      sluice_writer* err) noexcept {
        return guard(err, [&] { fillUsage(usage, static_cast<StreamTranslator*>(stream)->finish(Sink(out))); });
    }

    static void streamDestroy(void* stream) noexcept { delete static_cast<StreamTranslator*>(stream); }

    static void classifyError(void* instance, int32_t status, const sluice_header* headers,
                              size_t count, sluice_str body, sluice_error_info* out,
                              sluice_writer* errorBody) noexcept {
        ErrorInfo info;
        sluice_status outcome = guard(nullptr, [&] {
            info = static_cast<T*>(instance)->classifyError(status, toHeaders(headers, count), view(body));
        });
        if (outcome != SLUICE_OK) info = ErrorInfo{};
        out->error_class = info.errorClass;
        out->client_status = info.clientStatus;
        out->retry_after_ms = info.retryAfterMs;
        writeMessage(errorBody, info.canonicalBody);
    }

    static sluice_status serveLocally(void* instance, const sluice_provider_call* c, int32_t* status,
                                      sluice_writer* bytes, sluice_writer* err) noexcept {
        if constexpr (std::is_base_of_v<LocalProvider, T>) {
            return guard(err, [&] { *status = static_cast<T*>(instance)->serveLocally(toCall(c), Sink(bytes)); });
        } else {
            (void)instance, (void)c, (void)status, (void)bytes;
            writeMessage(err, "provider has no local mode");
            return SLUICE_ERR_UNSUPPORTED;
        }
    }

    static constexpr sluice_provider_vtable vtable = {
        sizeof(sluice_provider_vtable),
        &InstanceBinding<T>::create,
        &InstanceBinding<T>::destroy,
        &buildRequest,
        &translateResponse,
        &streamNew,
        &streamFeed,
        &streamFinish,
        &streamDestroy,
        &classifyError,
        std::is_base_of_v<LocalProvider, T> ? &serveLocally : nullptr,
    };
};

}  // namespace sluice::detail
