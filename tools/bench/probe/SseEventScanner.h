#pragma once

#include <cstddef>
#include <string_view>

namespace sluice::probe {

/**
 * Counts server-sent events in a response body fed piece by piece, without
 * keeping any of it: an event ends at a blank line after at least one field
 * line. Comment lines (": keep-alive") alone do not make an event, as in the
 * SSE specification. Lines may end in LF, CRLF or CR.
 */
class SseEventScanner {
public:
    /** Scans the next piece of body; returns how many events ended inside it. */
    std::size_t scan(std::string_view bytes);
    /** Forgets any partial event, ready for a new stream. */
    void reset() { *this = SseEventScanner(); }

private:
    /** The previous byte was CR, so an LF right after it ends no further line. */
    bool afterCarriageReturn_ = false;
    bool lineIsEmpty_ = true;
    bool lineIsComment_ = false;
    /** The event being read has a field line, so the next blank line dispatches it. */
    bool eventHasField_ = false;
};

}  // namespace sluice::probe
