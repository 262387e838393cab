#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::mock {

/** Appends `value` in `base` without allocating beyond `out`'s growth. */
inline void appendNumber(std::string& out, std::uint64_t value, int base = 10) {
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value, base);
    out.append(digits, result.ptr);
}

/** Appends `text` escaped for the inside of a JSON string. */
inline void appendJsonEscaped(std::string& out, std::string_view text) {
    constexpr char kHex[] = "0123456789abcdef";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xf];
        } else {
            out += c;
        }
    }
}

/** Appends a non-stream reply's text: "mock0 mock1 ..." with `words` words. */
inline void appendMockWords(std::string& out, std::uint32_t words) {
    for (std::uint32_t word = 0; word < words; ++word) {
        if (word != 0) {
            out += ' ';
        }
        out += "mock";
        appendNumber(out, word);
    }
}

/**
 * The HTTP side of a response, shared by the wire formats' responders:
 * status line and headers, whole bodies, and stream events framed as chunks
 * (or written raw until close for HTTP/1.0). Appends to a connection's output
 * buffer and builds each body or event in a scratch buffer whose capacity is
 * reused, so answering allocates nothing once buffers have grown.
 */
class ResponseWriter {
public:
    /** What a response needs to know about the request it answers; the views must outlive each call. */
    struct Context {
        /** Model as it arrived, still JSON-escaped; echoed in x-mock-request-model. Empty when none. */
        std::string_view model;
        /** Last characters of the API key, echoed in x-mock-key-suffix. Empty when none. */
        std::string_view keySuffix;
        /** False adds "connection: close". */
        bool keepAlive = true;
        /** HTTP/1.0 client: keep-alive must be announced, streams end by closing instead of chunking. */
        bool http10 = false;
        /** OpenAI: stream chunks carry "usage":null and a final usage chunk follows. */
        bool includeUsage = false;
        /** Prompt (input) tokens reported in usage. */
        std::uint32_t promptTokens = 1;
        /** Content pieces in the reply; also the completion (output) tokens. */
        std::uint32_t chunks = 0;
        /** OpenAI: choice events carry the steady-clock time they were written (Scenario::stampEvents). */
        bool stampEvents = false;
        /** Anthropic: the reply opens with a thinking block. */
        bool thinking = false;
    };

    /** An error to answer with; each wire format shapes it its own way. */
    struct Error {
        int status = 500;
        std::string_view type;
        /** OpenAI's error code; empty means JSON null. */
        std::string_view code;
        std::string_view message;
    };

protected:
    enum class Framing { ContentLength, Chunked, UntilClose };

    /** Status line and headers; `contentLength` only counts with Framing::ContentLength. 429 adds retry-after: 1. */
    void writeHead(std::string& out, const Context& context, int status, std::string_view contentType,
                   Framing framing, std::size_t contentLength);
    /** Sends body_ as a whole response body with a content-length. */
    void writeBodyResponse(std::string& out, const Context& context, int status, std::string_view contentType);
    /** The 200 head of a stream: chunked, or until close for HTTP/1.0. */
    void writeStreamHead(std::string& out, const Context& context, std::string_view contentType);
    /** Sends body_ as one event, chunk-framed unless the client speaks HTTP/1.0. Inline: it runs per chunk. */
    void sendEvent(std::string& out, const Context& context) {
        if (context.http10) {
            out += body_;
            return;
        }
        appendNumber(out, body_.size(), 16);
        out += "\r\n";
        out += body_;
        out += "\r\n";
    }
    /** Ends a stream's body: the last chunk, or nothing for HTTP/1.0, whose stream ends by closing. */
    static void endStream(std::string& out, const Context& context) {
        if (!context.http10) {
            out += "0\r\n\r\n";
        }
    }

    /** Scratch space for the body or event being built. */
    std::string body_;
};

}  // namespace sluice::mock
