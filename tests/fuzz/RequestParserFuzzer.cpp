// The request-head parser: never crashes, and reads a head arriving in pieces as it reads it whole.
#include "FuzzSupport.h"
#include "net/RequestParser.h"

using sluice::net::HttpRequest;
using sluice::net::RequestParser;

namespace {

/** Small, so that the fuzzer reaches the limit. */
constexpr size_t kMaxHeadBytes = 1024;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sluice::fuzz;
    const std::string_view input = textOf(data, size);
    RequestParser whole(kMaxHeadBytes);
    HttpRequest wholeRequest;
    const RequestParser::Result expected = whole.parse(input, wholeRequest);

    // As the server reads: the whole unconsumed input each time, into a request reused from a previous head.
    RequestParser incremental(kMaxHeadBytes);
    HttpRequest request;
    incremental.parse("PUT /previous?q HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", request);
    incremental.reset();
    RequestParser::Result result = RequestParser::Result::NeedMore;
    size_t fed = 0;
    for (std::string_view piece : piecesOf(input)) {
        fed += piece.size();
        result = incremental.parse(input.substr(0, fed), request);
        if (result != RequestParser::Result::NeedMore) break;
    }
    require(result == expected, "the same result whole and in pieces");
    if (result != RequestParser::Result::Complete) return 0;
    require(incremental.headLength() == whole.headLength() && whole.headLength() <= std::min(size, kMaxHeadBytes),
            "the same head length, within the input and the limit");
    require(incremental.minorVersion() == whole.minorVersion(), "the same version");
    require(request.method == wholeRequest.method && request.target == wholeRequest.target &&
                request.path == wholeRequest.path && request.query == wholeRequest.query,
            "the same request line");
    require(request.headers == wholeRequest.headers, "the same headers");
    return 0;
}
