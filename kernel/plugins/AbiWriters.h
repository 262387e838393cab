// Host-side sluice_writer implementations handed to plugins.
#pragma once

#include "plugins/PluginText.h"

#include <sluice/abi.h>

#include <exception>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace sluice::plugins {

/**
 * Keeps an exception thrown while the host serves a plugin's callback, so
 * that it never unwinds through the plugin's frames, and rethrows it in the
 * host once the plugin call returned.
 */
class CallbackFailure {
public:
    /** Runs work; false when it threw, and the exception is kept instead of leaving. */
    template <class Work>
    bool attempt(Work&& work) noexcept {
        try {
            work();
            return true;
        } catch (...) {
            if (!failure_) failure_ = std::current_exception();
            return false;
        }
    }

    /** Rethrows the first exception a callback kept, if any. */
    void rethrowIfFailed() const {
        if (failure_) std::rethrow_exception(failure_);
    }

private:
    std::exception_ptr failure_;
};

/**
 * A writer that appends everything to a std::string. An append that throws
 * (out of memory, a length past max_size) answers SLUICE_ERR_CANCELLED and is
 * rethrown by rethrowIfFailed() once the plugin call returned.
 */
class StringWriter {
public:
    StringWriter() : writer_{this, &StringWriter::append} {}
    StringWriter(const StringWriter&) = delete;
    StringWriter& operator=(const StringWriter&) = delete;

    /** The ABI view to pass to a plugin. */
    sluice_writer* abi() noexcept { return &writer_; }

    /** Everything written so far. */
    std::string& text() noexcept { return text_; }

    /** Rethrows what an append threw during the plugin call, if anything. */
    void rethrowIfFailed() const { failure_.rethrowIfFailed(); }

private:
    static sluice_status append(void* ctx, const char* data, size_t size) noexcept {
        auto* self = static_cast<StringWriter*>(ctx);
        return self->failure_.attempt([&] { self->text_.append(pluginText(data, size)); }) ? SLUICE_OK : SLUICE_ERR_CANCELLED;
    }

    sluice_writer writer_;
    std::string text_;
    CallbackFailure failure_;
};

/**
 * A writer that forwards each write to a callback; false from it means
 * "consumer gone". An exception from the callback is kept (the plugin sees
 * "cancelled") and rethrown by rethrowIfFailed() once the plugin call returned.
 */
class CallbackWriter {
public:
    using Callback = std::function<bool(std::string_view)>;

    explicit CallbackWriter(Callback callback) : callback_(std::move(callback)), writer_{this, &CallbackWriter::forward} {}
    CallbackWriter(const CallbackWriter&) = delete;
    CallbackWriter& operator=(const CallbackWriter&) = delete;

    /** The ABI view to pass to a plugin. */
    sluice_writer* abi() noexcept { return &writer_; }

    /** Rethrows what the callback threw during the plugin call, if anything. */
    void rethrowIfFailed() const { failure_.rethrowIfFailed(); }

private:
    static sluice_status forward(void* ctx, const char* data, size_t size) noexcept {
        auto* self = static_cast<CallbackWriter*>(ctx);
        bool accepted = false;
        self->failure_.attempt([&] { accepted = self->callback_(std::string_view(data, size)); });
        return accepted ? SLUICE_OK : SLUICE_ERR_CANCELLED;
    }

    Callback callback_;
    sluice_writer writer_;
    CallbackFailure failure_;
};

/** Rethrows the first failure any of the writers kept during a plugin call. */
template <class... Writers>
void rethrowWriterFailures(const Writers&... writers) {
    (writers.rethrowIfFailed(), ...);
}

}  // namespace sluice::plugins
