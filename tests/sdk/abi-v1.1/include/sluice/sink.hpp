// Output through a host-provided sluice_writer.
#pragma once

#include <sluice/types.hpp>

namespace sluice {

/** Sends bytes to the host; throws Cancelled when the host's consumer is gone. */
class Sink {
public:
    explicit Sink(sluice_writer* writer) noexcept : writer_(writer) {}

    /** Writes one unit (a whole SSE event, a whole body) to the host. */
    void write(std::string_view bytes) const {
        if (!writer_ || !writer_->write) return;
        if (writer_->write(writer_->ctx, bytes.data(), bytes.size()) != SLUICE_OK) throw Cancelled();
    }

private:
    sluice_writer* writer_;
};

}  // namespace sluice
