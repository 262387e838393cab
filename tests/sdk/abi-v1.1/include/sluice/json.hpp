// RapidJSON documents for the hot path (their first kilobytes live on the stack),
// and the one way to parse untrusted JSON: with its nesting bounded.
#pragma once

#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace sluice::json {

/**
 * The deepest nesting of arrays and objects a parse accepts. RapidJSON's
 * parser recurses once per level, so a body of a million '[' would overflow
 * the thread's stack; no real request or response nests anywhere near this.
 */
inline constexpr unsigned kMaxDepth = 512;

/** How a parse ended: ok, or RapidJSON's error and where, or nesting deeper than allowed. */
struct ParseResult {
    rapidjson::ParseErrorCode code = rapidjson::kParseErrorNone;
    size_t offset = 0;
    bool tooDeep = false;
    unsigned maxDepth = kMaxDepth;

    /** True when the text parsed. */
    bool ok() const noexcept { return code == rapidjson::kParseErrorNone; }

    /** What went wrong, in English, with the offset: for error messages. */
    std::string message() const {
        std::string text = tooDeep ? "arrays and objects nest deeper than " + std::to_string(maxDepth) + " levels"
                                   : std::string(rapidjson::GetParseError_En(code));
        return text + " at offset " + std::to_string(offset);
    }
};

/**
 * A SAX handler that passes every event on to another handler and stops the
 * parse when arrays and objects nest deeper than a limit. Wrap any handler a
 * rapidjson::Reader is given with it when the input is not trusted.
 */
template <class Handler>
class DepthLimitedHandler {
public:
    DepthLimitedHandler(Handler& next, unsigned maxDepth) : next_(next), maxDepth_(maxDepth) {}

    bool Null() { return next_.Null(); }
    bool Bool(bool value) { return next_.Bool(value); }
    bool Int(int value) { return next_.Int(value); }
    bool Uint(unsigned value) { return next_.Uint(value); }
    bool Int64(int64_t value) { return next_.Int64(value); }
    bool Uint64(uint64_t value) { return next_.Uint64(value); }
    bool Double(double value) { return next_.Double(value); }
    bool RawNumber(const char* text, rapidjson::SizeType length, bool copy) { return next_.RawNumber(text, length, copy); }
    bool String(const char* text, rapidjson::SizeType length, bool copy) { return next_.String(text, length, copy); }
    bool Key(const char* text, rapidjson::SizeType length, bool copy) { return next_.Key(text, length, copy); }
    bool StartObject() { return enter() && next_.StartObject(); }
    bool EndObject(rapidjson::SizeType members) { return leave() && next_.EndObject(members); }
    bool StartArray() { return enter() && next_.StartArray(); }
    bool EndArray(rapidjson::SizeType elements) { return leave() && next_.EndArray(elements); }

    /** True when the parse stopped because of the depth limit. */
    bool tooDeep() const noexcept { return tooDeep_; }

private:
    bool enter() {
        if (depth_ == maxDepth_) {
            tooDeep_ = true;
            return false;
        }
        ++depth_;
        return true;
    }
    bool leave() {
        --depth_;
        return true;
    }

    Handler& next_;
    unsigned maxDepth_;
    unsigned depth_ = 0;
    bool tooDeep_ = false;
};

/**
 * Parses a stream into doc with nesting bounded by maxDepth. The reader's own
 * stack comes from stackAllocator when given (StackDocument passes its buffer).
 * On failure doc keeps the value it had (a fresh document: null).
 */
template <unsigned Flags, class Document, class Stream, class StackAllocator = rapidjson::CrtAllocator>
ParseResult parseStream(Document& doc, Stream& stream, unsigned maxDepth = kMaxDepth,
                        StackAllocator* stackAllocator = nullptr) {
    ParseResult result;
    result.maxDepth = maxDepth;
    auto generate = [&](Document& handler) {
        DepthLimitedHandler<Document> limited(handler, maxDepth);
        rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, StackAllocator> reader(stackAllocator);
        rapidjson::ParseResult parsed = reader.template Parse<Flags>(stream, limited);
        result.code = parsed.Code();
        result.offset = parsed.Offset();
        result.tooDeep = limited.tooDeep();
        return !parsed.IsError();
    };
    doc.Populate(generate);
    return result;
}

/** Parses text (any bytes, NUL included) into doc with nesting bounded by maxDepth. */
template <unsigned Flags = rapidjson::kParseDefaultFlags, class Document>
ParseResult parse(Document& doc, std::string_view text, unsigned maxDepth = kMaxDepth) {
    rapidjson::MemoryStream bytes(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(bytes);
    return parseStream<Flags>(doc, stream, maxDepth);
}

/**
 * Parses NUL-terminated text into doc with nesting bounded by maxDepth: the
 * fast form, scanned sixteen bytes at a time under RAPIDJSON_SSE2, which may
 * read up to 15 bytes past the NUL; keep kParsePadding bytes of the buffer
 * after it (std::string: reserve size() + kParsePadding) so that stays inside it.
 */
template <unsigned Flags = rapidjson::kParseDefaultFlags, class Document>
ParseResult parseTerminated(Document& doc, const char* text, unsigned maxDepth = kMaxDepth) {
    rapidjson::StringStream stream(text);
    return parseStream<Flags>(doc, stream, maxDepth);
}

/** Bytes to keep after a NUL-terminated text's terminator for parseTerminated's sixteen-byte scans. */
inline constexpr size_t kParsePadding = 16;

/** Makes room for kParsePadding bytes after text's terminator, reallocating only when there is none. */
inline void padForParse(std::string& text) {
    if (text.capacity() < text.size() + kParsePadding) text.reserve(text.size() + kParsePadding);
}

/**
 * A RapidJSON document whose value pool and parse stack start in buffers
 * inside the object, so parsing a small body (a request, a usage object, a
 * stream event) touches no heap. A default rapidjson::Document allocates a
 * 64 KiB pool chunk, its allocator and its parse stack on every parse. Larger
 * input still works: the pools grow on the heap. Keep it on the stack and
 * short-lived; its values are rapidjson::Value.
 */
template <size_t ValueBytes = 2048, size_t StackBytes = 1024>
class StackDocument {
public:
    using Allocator = rapidjson::MemoryPoolAllocator<>;
    using Document = rapidjson::GenericDocument<rapidjson::UTF8<>, Allocator, Allocator>;

    StackDocument()
        : values_(valueBuffer_, sizeof valueBuffer_),
          stack_(stackBuffer_, sizeof stackBuffer_),
          document_(&values_, StackBytes, &stack_) {}
    StackDocument(const StackDocument&) = delete;
    StackDocument& operator=(const StackDocument&) = delete;

    /** The document, to read after a parse. */
    Document& operator*() noexcept { return document_; }
    Document* operator->() noexcept { return &document_; }

    /** Parses text (any bytes) with nesting bounded, as json::parse. */
    template <unsigned Flags = rapidjson::kParseDefaultFlags>
    ParseResult parse(std::string_view text, unsigned maxDepth = kMaxDepth) {
        rapidjson::MemoryStream bytes(text.data(), text.size());
        rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(bytes);
        return parseStream<Flags>(document_, stream, maxDepth, &stack_);
    }

    /** Parses NUL-terminated text with nesting bounded, as json::parseTerminated (mind its padding). */
    template <unsigned Flags = rapidjson::kParseDefaultFlags>
    ParseResult parseTerminated(const char* text, unsigned maxDepth = kMaxDepth) {
        rapidjson::StringStream stream(text);
        return parseStream<Flags>(document_, stream, maxDepth, &stack_);
    }

private:
    /** What a RapidJSON pool keeps at the head of a user buffer: its chunk header (capacity, size, next). */
    static constexpr size_t kPoolHeaderBytes = 3 * sizeof(void*);
    /** The reader's own stack (strings are unescaped into it), RapidJSON's default, from the same pool. */
    static constexpr size_t kReaderStackBytes = 256;

    alignas(std::max_align_t) char valueBuffer_[ValueBytes];
    /**
     * Holds the document's parse stack and the reader's stack. Without room
     * for the header and both, every parse would malloc a 64 KiB chunk and a
     * base allocator.
     */
    alignas(std::max_align_t) char stackBuffer_[kPoolHeaderBytes + StackBytes + kReaderStackBytes];
    Allocator values_;
    Allocator stack_;
    Document document_;
};

}  // namespace sluice::json
