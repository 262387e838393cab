#include "BeastComparison.h"

#include "net/HttpText.h"
#include "net/RequestParser.h"

#include <boost/beast/http.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace http = boost::beast::http;
using sluice::net::Headers;
using sluice::net::HttpRequest;
using sluice::net::RequestParser;

namespace {

/** Larger than any head the tests make: the head limits are tested on their own. */
constexpr size_t kHeadLimit = 1 << 20;

/** What one parser made of a head: nothing yet (it needs more bytes), a refusal, or the head. */
struct Verdict {
    bool decided = false;
    bool accepted = false;
    std::string refusal;
    std::string method;
    std::string target;
    Headers headers;
};

std::string lowerCase(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), sluice::net::lowerAscii);
    return lower;
}

Verdict sluiceVerdict(std::string_view input) {
    RequestParser parser(kHeadLimit);
    HttpRequest request;
    Verdict verdict;
    switch (parser.parse(input, request)) {
        case RequestParser::Result::NeedMore: return verdict;
        case RequestParser::Result::Complete:
            verdict.accepted = true;
            verdict.method = request.method;
            verdict.target = request.target;
            verdict.headers = request.headers;
            break;
        case RequestParser::Result::Malformed: verdict.refusal = "malformed"; break;
        case RequestParser::Result::TooLarge: verdict.refusal = "too large"; break;
        case RequestParser::Result::UnsupportedVersion: verdict.refusal = "unsupported version"; break;
    }
    verdict.decided = true;
    return verdict;
}

Verdict beastVerdict(std::string_view input) {
    http::request_parser<http::empty_body> parser;
    parser.header_limit(kHeadLimit);
    // The body limit is ServerConnection's (413), not the parser's. Not boost::none: Boost 1.74 compares
    // a Content-Length with the empty optional as larger and refuses every body.
    parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    parser.eager(false);
    boost::beast::error_code error;
    parser.put(boost::asio::buffer(input.data(), input.size()), error);
    Verdict verdict;
    if (!parser.is_header_done()) {
        if (error == http::error::need_more) return verdict;
        verdict.decided = true;
        verdict.refusal = error.message();
        return verdict;
    }
    const auto& request = parser.get();
    verdict.decided = verdict.accepted = true;
    verdict.method = std::string(request.method_string());
    verdict.target = std::string(request.target());
    for (const auto& field : request) {
        const auto name = field.name_string();
        verdict.headers.emplace_back(lowerCase({name.data(), name.size()}), std::string(field.value()));
    }
    return verdict;
}

/**
 * Differences by design, 1: RFC 9112 section 2.2 asks a server to skip at
 * least one empty line (CRLF) before a request line, as some clients send one
 * after a POST body; RequestParser skips them, Beast refuses them as a bad
 * method. Beast is given the bytes after them.
 */
std::string_view withoutLeadingEmptyLines(std::string_view input) {
    while (input.substr(0, 2) == "\r\n") input.remove_prefix(2);
    return input;
}

/**
 * Differences by design, 2: Beast's parser also checks the framing headers
 * (a Content-Length that is not a number, two that differ, one beside
 * Transfer-Encoding, a second Transfer-Encoding), which RequestParser leaves
 * to ServerConnection: it answers those heads with a 400 or a 501 before
 * reading any body (HttpServerTest). The heads themselves agree.
 */
bool refusedForFraming(const std::string& refusal) {
    return refusal == http::make_error_code(http::error::bad_content_length).message() ||
           refusal == http::make_error_code(http::error::bad_transfer_encoding).message();
}

/**
 * Beast's fields keep a repeated name's values together (a second "a" goes
 * right after the first), RequestParser keeps the order sent: both keep the
 * order of one name's values, which is all that HTTP gives meaning to.
 */
Headers groupedByName(Headers headers) {
    std::stable_sort(headers.begin(), headers.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return headers;
}

/** Whether value is a comma-separated list of tokens, empty elements allowed (RFC 9110 section 5.6.1). */
bool isTokenList(std::string_view value) {
    for (size_t start = 0;;) {
        const size_t comma = value.find(',', start);
        const std::string_view element = sluice::net::trimWhitespace(value.substr(start, comma - start));
        if (!element.empty() && !sluice::net::isToken(element)) return false;
        if (comma == std::string_view::npos) return true;
        start = comma + 1;
    }
}

/**
 * Differences by design, 3: Beast refuses a Connection (or Proxy-Connection)
 * header that is not a list of tokens. RequestParser takes any value, and
 * ServerConnection reads only the tokens "close" and "keep-alive" from it
 * (listContainsToken), so a malformed list asks for neither.
 */
bool refusedForConnectionList(const Headers& headers, const std::string& refusal) {
    if (refusal != http::make_error_code(http::error::bad_value).message()) return false;
    return std::any_of(headers.begin(), headers.end(), [](const auto& header) {
        return (header.first == "connection" || header.first == "proxy-connection") && !isTokenList(header.second);
    });
}

/**
 * Differences by design, 4: Beast takes bytes 0x80-0xFF in a request target.
 * A URI has no such characters (RFC 3986: they travel percent-encoded), and
 * RequestParser refuses them rather than guess what a route would make of them.
 */
bool acceptedNonAsciiTarget(const Verdict& beast) {
    const auto nonAscii = [](char c) { return static_cast<unsigned char>(c) >= 0x80; };
    return std::any_of(beast.target.begin(), beast.target.end(), nonAscii);
}

/**
 * Differences by design, 5: a header line starting with a space or a tab
 * continues the one before (obsolete line folding). RFC 9112 section 5.2 lets
 * a server refuse it with a 400 or unfold it; RequestParser refuses it, Beast
 * unfolds it.
 */
bool foldsALine(std::string_view head) {
    const std::string_view fields = head.substr(0, head.find("\r\n\r\n"));
    return fields.find("\r\n ") != std::string_view::npos || fields.find("\r\n\t") != std::string_view::npos;
}

std::string describe(const Verdict& verdict) {
    if (!verdict.accepted) return "refused (" + verdict.refusal + ")";
    std::string text = "accepted " + verdict.method + " " + verdict.target;
    for (const auto& [name, value] : verdict.headers) text += " [" + name + ": " + value + "]";
    return text;
}

}  // namespace

std::string BeastComparison::disagreement(std::string_view input) {
    const std::string_view head = withoutLeadingEmptyLines(input);
    const Verdict ours = sluiceVerdict(input);
    const Verdict beast = beastVerdict(head);
    if (!ours.decided || !beast.decided) return {};
    if (ours.accepted && !beast.accepted &&
        (refusedForFraming(beast.refusal) || refusedForConnectionList(ours.headers, beast.refusal)))
        return {};
    if (!ours.accepted && beast.accepted && (acceptedNonAsciiTarget(beast) || foldsALine(head))) return {};
    if (ours.accepted == beast.accepted &&
        (!ours.accepted || (ours.method == beast.method && ours.target == beast.target &&
                             groupedByName(ours.headers) == groupedByName(beast.headers))))
        return {};
    return "RequestParser " + describe(ours) + "; Beast " + describe(beast);
}
