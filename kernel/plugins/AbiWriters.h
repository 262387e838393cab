// Host-side sluice_writer implementations handed to plugins.
#pragma once

#include <sluice/abi.h>

#include <exception>
#include <functional>
#include <string>

namespace sluice::plugins {

/** A writer that appends everything to a std::string. */
class StringWriter {
public:
    StringWriter() : writer_{this, &StringWriter::append} {}
    StringWriter(const StringWriter&) = delete;
    StringWriter& operator=(const StringWriter&) = delete;

    /** The ABI view to pass to a plugin. */
    sluice_writer* abi() noexcept { return &writer_; }

    /** Everything written so far. */
    std::string& text() noexcept { return text_; }

private:
    static sluice_status append(void* ctx, const char* data, size_t size) {
        static_cast<StringWriter*>(ctx)->text_.append(data, size);
        return SLUICE_OK;
    }

    sluice_writer writer_;
    std::string text_;
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
    void rethrowIfFailed() const {
        if (failure_) std::rethrow_exception(failure_);
    }

private:
    static sluice_status forward(void* ctx, const char* data, size_t size) {
        auto* self = static_cast<CallbackWriter*>(ctx);
        try {
            return self->callback_(std::string_view(data, size)) ? SLUICE_OK : SLUICE_ERR_CANCELLED;
        } catch (...) {
            self->failure_ = std::current_exception();
            return SLUICE_ERR_CANCELLED;
        }
    }

    Callback callback_;
    sluice_writer writer_;
    std::exception_ptr failure_;
};

}  // namespace sluice::plugins
