#include "net/ByteBuffer.h"

#include <algorithm>
#include <cstring>

namespace sluice::net {

void ByteBuffer::consume(size_t n) noexcept {
    begin_ += std::min(n, size());
    if (begin_ == end_) clear();
}

void ByteBuffer::release() noexcept {
    data_.reset();
    capacity_ = 0;
    clear();
}

char* ByteBuffer::prepare(size_t minBytes) {
    if (writable() >= minBytes) return data_.get() + end_;
    const size_t used = size();
    if (begin_ > 0 && capacity_ - used >= minBytes) {
        std::memmove(data_.get(), data_.get() + begin_, used);
    } else {
        const size_t capacity = std::max(capacity_ * 2, used + minBytes);
        auto grown = std::make_unique_for_overwrite<char[]>(capacity);
        if (used > 0) std::memcpy(grown.get(), data_.get() + begin_, used);
        data_ = std::move(grown);
        capacity_ = capacity;
    }
    begin_ = 0;
    end_ = used;
    return data_.get() + end_;
}

void ByteBuffer::append(std::string_view bytes) {
    if (bytes.empty()) return;
    std::memcpy(prepare(bytes.size()), bytes.data(), bytes.size());
    commit(bytes.size());
}

}  // namespace sluice::net
