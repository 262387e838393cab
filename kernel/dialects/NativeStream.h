// A stream the upstream wrote in the caller's own format: relayed as it came.
#pragma once

#include "dialects/StreamRenderer.h"

#include <memory>

namespace sluice::dialects {

/**
 * Relays each event of a natively served stream (the provider spoke the
 * caller's format, so its events are already the caller's) unchanged, and
 * nothing more at the end; an error still takes the dialect's own event form,
 * from the dialect's renderer.
 */
class NativeStream final : public StreamRenderer {
public:
    /** dialectRenderer: the dialect's own renderer, for its error events and Content-Type. */
    explicit NativeStream(std::unique_ptr<StreamRenderer> dialectRenderer) : dialect_(std::move(dialectRenderer)) {}

    bool render(std::string_view event, const EventSink& out) override { return out(event); }
    bool finish(const EventSink&) override { return true; }
    std::string errorEvent(const http::ApiError& error) const override { return dialect_->errorEvent(error); }
    std::string_view contentType() const override { return dialect_->contentType(); }

private:
    std::unique_ptr<StreamRenderer> dialect_;
};

}  // namespace sluice::dialects
