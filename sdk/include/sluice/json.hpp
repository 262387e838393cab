// RapidJSON documents for the hot path: their first kilobytes live on the stack.
#pragma once

#include <rapidjson/document.h>

#include <cstddef>

namespace sluice::json {

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

    /** The document: Parse() into it, then read it. */
    Document& operator*() noexcept { return document_; }
    Document* operator->() noexcept { return &document_; }

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
