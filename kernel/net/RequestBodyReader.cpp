#include "net/RequestBodyReader.h"

#include "net/HttpText.h"

#include <algorithm>

namespace sluice::net {

namespace {

constexpr size_t kInitialBodyReserve = 64 * 1024;

constexpr RequestBodyReader::Refusal kTooLarge{413, "The request body is larger than the server accepts.",
                                               "request_too_large"};
constexpr RequestBodyReader::Refusal kBusy{503, "The server is receiving too many request bodies at once; retry shortly.",
                                           "server_busy", "server_error"};

}  // namespace

RequestBodyReader::Refusal RequestBodyReader::begin(const Headers& headers, bool http11, std::string& body) {
    release();
    size_t hosts = 0;
    size_t contentLength = 0;
    bool hasContentLength = false;
    bool badContentLength = false;
    int transferEncodings = 0;
    std::string_view transferEncoding;
    for (const auto& [name, value] : headers) {
        if (name == "host") {
            ++hosts;
        } else if (name == "transfer-encoding") {
            ++transferEncodings;
            transferEncoding = value;
        } else if (name == "content-length") {
            size_t length = 0;
            badContentLength = badContentLength || !parseDecimal(value, length) ||
                               (hasContentLength && length != contentLength);
            contentLength = length;
            hasContentLength = true;
        }
    }
    if (hosts > 1) return {400, "The request has more than one Host header."};  // RFC 9112 section 3.2
    if (http11 && hosts == 0) return {400, "An HTTP/1.1 request needs a Host header."};
    if (badContentLength) return {400, "The Content-Length header is not valid."};
    if (transferEncodings > 0) {
        if (hasContentLength || !http11) return {400, "Transfer-Encoding is not allowed with Content-Length or in HTTP/1.0."};
        if (transferEncodings > 1 || !equalsIgnoringCase(transferEncoding, "chunked"))
            return {501, "Only the chunked Transfer-Encoding is supported.", "unsupported_transfer_encoding"};
        chunked_ = true;
        remaining_ = 0;
        decoder_ = ChunkedDecoder{};
        return {};
    }
    if (contentLength > maxBodyBytes_) return kTooLarge;
    chunked_ = false;
    remaining_ = contentLength;
    body.reserve(std::min(contentLength, kInitialBodyReserve));
    return {};
}

RequestBodyReader::Progress RequestBodyReader::read(ByteBuffer& input, std::string& body) {
    if (chunked_) return readChunked(input, body);
    const size_t bytes = std::min(remaining_, input.size());
    if (!take(bytes)) return refuse(kBusy);
    body.append(input.readable().substr(0, bytes));
    input.consume(bytes);
    remaining_ -= bytes;
    return remaining_ > 0 ? Progress::NeedMore : Progress::Complete;
}

RequestBodyReader::Progress RequestBodyReader::readChunked(ByteBuffer& input, std::string& body) {
    if (input.empty()) return Progress::NeedMore;
    size_t consumed = 0;
    Refusal refused;
    const auto result = decoder_.feed(input.readable(), consumed, [&](std::string_view piece) {
        if (refused) return;
        if (body.size() + piece.size() > maxBodyBytes_) refused = kTooLarge;
        else if (!take(piece.size())) refused = kBusy;
        else body.append(piece);
    });
    input.consume(consumed);
    if (refused) return refuse(refused);
    if (result == ChunkedDecoder::Result::Error) return refuse({400, "The chunked request body is malformed."});
    return result == ChunkedDecoder::Result::NeedMore ? Progress::NeedMore : Progress::Complete;
}

RequestBodyReader::Progress RequestBodyReader::refuse(Refusal refusal) {
    refusal_ = refusal;
    return Progress::Refused;
}

bool RequestBodyReader::take(size_t bytes) {
    if (!budget_.tryTake(bytes)) return false;
    held_ += bytes;
    return true;
}

void RequestBodyReader::release() noexcept {
    if (held_ == 0) return;
    budget_.give(held_);
    held_ = 0;
}

}  // namespace sluice::net
