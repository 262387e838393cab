// A growable byte queue for socket input and output: append at the back, consume from the front.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace sluice::net {

/**
 * Contiguous bytes with a read and a write position. Unlike std::string it
 * never zero-fills the space handed to recv(), and it keeps its storage when
 * emptied, so a connection reuses one allocation for its whole life.
 */
class ByteBuffer {
public:
    /** The bytes not yet consumed. */
    std::string_view readable() const noexcept { return {data_.get() + begin_, end_ - begin_}; }

    /** Number of bytes not yet consumed. */
    size_t size() const noexcept { return end_ - begin_; }

    /** True when nothing is left to consume. */
    bool empty() const noexcept { return begin_ == end_; }

    /** Drops n bytes from the front. */
    void consume(size_t n) noexcept;

    /** Drops everything. */
    void clear() noexcept { begin_ = end_ = 0; }

    /** Returns room for at least minBytes at the back (moving or growing the storage); fill it, then commit(). */
    char* prepare(size_t minBytes);

    /** Bytes writable at the pointer prepare() returned. */
    size_t writable() const noexcept { return capacity_ - end_; }

    /** Marks n bytes written after prepare() as readable. */
    void commit(size_t n) noexcept { end_ += n; }

    /** Bytes the storage holds. */
    size_t capacity() const noexcept { return capacity_; }

    /** Drops everything and frees the storage (e.g. after a burst made it large). */
    void release() noexcept;

    /** Copies bytes to the back. */
    void append(std::string_view bytes);

private:
    std::unique_ptr<char[]> data_;
    size_t capacity_ = 0;
    size_t begin_ = 0;
    size_t end_ = 0;
};

}  // namespace sluice::net
