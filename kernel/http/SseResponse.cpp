#include "http/SseResponse.h"

namespace sluice::http {

bool SseResponse::write(std::string_view event) {
    if (!out_) {
        response_.setStatus(Poco::Net::HTTPResponse::HTTP_OK);
        response_.setContentType("text/event-stream");
        response_.setChunkedTransferEncoding(true);
        response_.set("Cache-Control", "no-cache");
        response_.set("X-Accel-Buffering", "no");
        out_ = &response_.send();
    }
    out_->write(event.data(), static_cast<std::streamsize>(event.size()));
    out_->flush();
    return out_->good();
}

}  // namespace sluice::http
