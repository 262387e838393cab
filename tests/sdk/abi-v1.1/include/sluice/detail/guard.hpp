// Internal: turns C++ outcomes into ABI statuses so no exception crosses the boundary.
#pragma once

#include <sluice/types.hpp>

#include <cstddef>
#include <new>

namespace sluice::detail {

/** Writes a message to an optional host writer, ignoring its answer. */
inline void writeMessage(sluice_writer* writer, std::string_view message) noexcept {
    if (writer && writer->write) writer->write(writer->ctx, message.data(), message.size());
}

/** Runs body; maps Cancelled, PluginError and any other exception to a status. */
template <class Body>
sluice_status guard(sluice_writer* err, Body&& body) noexcept {
    try {
        body();
        return SLUICE_OK;
    } catch (const Cancelled&) {
        return SLUICE_ERR_CANCELLED;
    } catch (const PluginError& e) {
        writeMessage(err, e.what());
        return e.status();
    } catch (const std::bad_alloc&) {
        writeMessage(err, "out of memory");
        return SLUICE_ERR_INTERNAL;
    } catch (const std::exception& e) {
        writeMessage(err, e.what());
        return SLUICE_ERR_INTERNAL;
    } catch (...) {
        writeMessage(err, "unknown exception in plugin");
        return SLUICE_ERR_INTERNAL;
    }
}

/** create/destroy for any plugin class constructed as T(const Host&, std::string_view config). */
template <class T>
struct InstanceBinding {
    static sluice_status create(const sluice_host_api* host, sluice_str config, void** instance,
                                sluice_writer* err) noexcept {
        return guard(err, [&] { *instance = new T(Host(host), view(config)); });
    }
    static void destroy(void* instance) noexcept { delete static_cast<T*>(instance); }
};

/** Whether a table of struct_size bytes contains the field ending at end_offset. */
constexpr bool hasField(uint32_t struct_size, std::size_t end_offset) noexcept {
    return struct_size >= end_offset;
}

/** Copies usage into a host-owned table, writing only the fields the host knows. */
inline void fillUsage(sluice_usage* out, const Usage& usage) noexcept {
    if (!out) return;
#define SLUICE_FILL_(field, value) \
    if (hasField(out->struct_size, offsetof(sluice_usage, field) + sizeof(out->field))) out->field = value
    SLUICE_FILL_(prompt_tokens, usage.promptTokens);
    SLUICE_FILL_(completion_tokens, usage.completionTokens);
    SLUICE_FILL_(total_tokens, usage.totalTokens);
    SLUICE_FILL_(cached_prompt_tokens, usage.cachedPromptTokens);
    SLUICE_FILL_(reasoning_tokens, usage.reasoningTokens);
#undef SLUICE_FILL_
}

/** True when the host speaks this plugin's ABI major. */
inline bool acceptHost(const sluice_host_api* host) noexcept {
    return host && host->struct_size >= offsetof(sluice_host_api, ctx) && host->abi_major == SLUICE_ABI_MAJOR;
}

}  // namespace sluice::detail
