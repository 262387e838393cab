// The one header a plugin author includes: base classes and registration macros.
//
//   class MyAdapter : public sluice::ProviderAdapter {
//   public:
//       MyAdapter(const sluice::Host& host, std::string_view configJson);
//       ...
//   };
//   SLUICE_PROVIDER_PLUGIN(MyAdapter, "acme/acme-chat", "1.0.0", nullptr)
#pragma once

#include <sluice/detail/other_bindings.hpp>
#include <sluice/detail/provider_binding.hpp>

/** Defines the exported entry point returning a static descriptor. Use once per plugin. */
#define SLUICE_PLUGIN_ENTRY(KIND, VTABLE, ID, VERSION, SCHEMA)                                   \
    extern "C" SLUICE_EXPORT const sluice_plugin_descriptor* sluice_plugin_entry_v1(            \
        const sluice_host_api* host) {                                                          \
        static const sluice_plugin_descriptor descriptor = {                                    \
            sizeof(sluice_plugin_descriptor), SLUICE_ABI_MAJOR, SLUICE_ABI_MINOR, KIND, ID,     \
            VERSION, SCHEMA, &VTABLE};                                                          \
        return ::sluice::detail::acceptHost(host) ? &descriptor : nullptr;                      \
    }

/** Registers a sluice::ProviderAdapter (or LocalProvider) subclass as this plugin. */
#define SLUICE_PROVIDER_PLUGIN(CLASS, ID, VERSION, SCHEMA) \
    SLUICE_PLUGIN_ENTRY(SLUICE_KIND_PROVIDER, ::sluice::detail::ProviderBinding<CLASS>::vtable, ID, VERSION, SCHEMA)

/** Registers a sluice::AuthScheme subclass as this plugin. */
#define SLUICE_AUTH_PLUGIN(CLASS, ID, VERSION, SCHEMA) \
    SLUICE_PLUGIN_ENTRY(SLUICE_KIND_AUTH, ::sluice::detail::AuthBinding<CLASS>::vtable, ID, VERSION, SCHEMA)

/** Registers a sluice::BillingPolicy subclass as this plugin. */
#define SLUICE_BILLING_PLUGIN(CLASS, ID, VERSION, SCHEMA) \
    SLUICE_PLUGIN_ENTRY(SLUICE_KIND_BILLING, ::sluice::detail::BillingBinding<CLASS>::vtable, ID, VERSION, SCHEMA)

/** Registers a sluice::RagStore subclass as this plugin. */
#define SLUICE_RAG_STORE_PLUGIN(CLASS, ID, VERSION, SCHEMA) \
    SLUICE_PLUGIN_ENTRY(SLUICE_KIND_RAG_STORE, ::sluice::detail::RagStoreBinding<CLASS>::vtable, ID, VERSION, SCHEMA)

/** Registers a sluice::McpTool subclass as this plugin. */
#define SLUICE_MCP_TOOL_PLUGIN(CLASS, ID, VERSION, SCHEMA) \
    SLUICE_PLUGIN_ENTRY(SLUICE_KIND_MCP_TOOL, ::sluice::detail::McpToolBinding<CLASS>::vtable, ID, VERSION, SCHEMA)
