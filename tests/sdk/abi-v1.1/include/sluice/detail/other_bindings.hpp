// Internal: the C vtables for auth, billing, rag_store and mcp_tool classes.
#pragma once

#include <sluice/auth.hpp>
#include <sluice/billing.hpp>
#include <sluice/detail/guard.hpp>
#include <sluice/detail/provider_binding.hpp>
#include <sluice/mcp_tool.hpp>
#include <sluice/rag_store.hpp>
#include <sluice/sink.hpp>

namespace sluice::detail {

template <class T>
struct AuthBinding {
    static sluice_status authenticate(void* instance, const sluice_header* headers, size_t count,
                                      sluice_str query, sluice_auth_outcome* outcome,
                                      sluice_writer* credential, sluice_writer* err) noexcept {
        return guard(err, [&] {
            AuthResult result = static_cast<T*>(instance)->authenticate(toHeaders(headers, count), view(query));
            *outcome = result.outcome;
            if (result.outcome == SLUICE_AUTH_API_KEY) Sink(credential).write(result.credential);
            if (result.outcome == SLUICE_AUTH_REJECTED) writeMessage(err, result.reason);
        });
    }

    static constexpr sluice_auth_vtable vtable = {
        sizeof(sluice_auth_vtable), &InstanceBinding<T>::create, &InstanceBinding<T>::destroy, &authenticate};
};

template <class T>
struct BillingBinding {
    static sluice_status quote(void* instance, sluice_str model, sluice_str body, int64_t* amount,
                               sluice_writer* err) noexcept {
        return guard(err, [&] { *amount = static_cast<T*>(instance)->quote(view(model), view(body)); });
    }
    static sluice_status settle(void* instance, sluice_str model, const sluice_usage* usage,
                                int64_t* amount, sluice_writer* err) noexcept {
        return guard(err, [&] {
            Usage u{usage->prompt_tokens, usage->completion_tokens, usage->total_tokens,
                    usage->cached_prompt_tokens, usage->reasoning_tokens};
            *amount = static_cast<T*>(instance)->settle(view(model), u);
        });
    }

    static constexpr sluice_billing_vtable vtable = {
        sizeof(sluice_billing_vtable), &InstanceBinding<T>::create, &InstanceBinding<T>::destroy, &quote, &settle};
};

template <class T>
struct RagStoreBinding {
    static sluice_status upsert(void* instance, sluice_str request, sluice_writer* result,
                                sluice_writer* err) noexcept {
        return guard(err, [&] { Sink(result).write(static_cast<T*>(instance)->upsert(view(request))); });
    }
    static sluice_status query(void* instance, sluice_str request, sluice_writer* result,
                               sluice_writer* err) noexcept {
        return guard(err, [&] { Sink(result).write(static_cast<T*>(instance)->query(view(request))); });
    }

    static constexpr sluice_rag_store_vtable vtable = {
        sizeof(sluice_rag_store_vtable), &InstanceBinding<T>::create, &InstanceBinding<T>::destroy, &upsert, &query};
};

template <class T>
struct McpToolBinding {
    static sluice_status listTools(void* instance, sluice_writer* tools, sluice_writer* err) noexcept {
        return guard(err, [&] { Sink(tools).write(static_cast<T*>(instance)->listTools()); });
    }
    static sluice_status callTool(void* instance, sluice_str name, sluice_str arguments,
                                  sluice_writer* result, sluice_writer* err) noexcept {
        return guard(err, [&] { Sink(result).write(static_cast<T*>(instance)->callTool(view(name), view(arguments))); });
    }

    static constexpr sluice_mcp_tool_vtable vtable = {
        sizeof(sluice_mcp_tool_vtable), &InstanceBinding<T>::create, &InstanceBinding<T>::destroy, &listTools, &callTool};
};

}  // namespace sluice::detail
