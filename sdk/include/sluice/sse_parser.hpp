// An incremental Server-Sent Events parser for stream translators.
#pragma once

#include <cstddef>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace sluice {

/**
 * Parses an SSE byte stream fed in pieces split at any byte (including inside
 * a "\r\n" pair) and calls back once per complete event. Follows the WHATWG
 * rules a provider stream needs: "data" lines are joined with "\n", "event"
 * names the event, comments and other fields are ignored. One event may hold
 * at most a set number of bytes (its data so far plus the line being read,
 * however it was split), so a hostile upstream cannot grow memory with an
 * endless line or event.
 */
class SseParser {
public:
    /** The most bytes one event may hold unless the constructor says otherwise: 1 MiB. */
    static constexpr size_t kDefaultMaxEventBytes = size_t{1} << 20;

    /** Thrown by feed() when an event grows past the limit; the parser has dropped the event. */
    class EventTooLarge : public std::length_error {
    public:
        using std::length_error::length_error;
    };

    /** A parser that refuses events holding more than maxEventBytes. */
    explicit SseParser(size_t maxEventBytes = kDefaultMaxEventBytes) noexcept : maxEventBytes_(maxEventBytes) {}

    /** One dispatched event; the views are valid during the callback only. */
    struct Event {
        std::string_view name;  // empty when the stream gave no "event:" line
        std::string_view data;
    };

    /**
     * Consumes bytes and calls onEvent(const Event&) for every event they
     * complete. Throws EventTooLarge when an event passes the limit.
     */
    template <class OnEvent>
    void feed(std::string_view bytes, OnEvent&& onEvent) {
        if (bytes.empty()) return;
        size_t pos = 0;
        if (skipLineFeed_ && !bytes.empty() && bytes[0] == '\n') pos = 1;
        skipLineFeed_ = false;
        LineEnds lineEnds(bytes);
        while (pos < bytes.size()) {
            size_t end = lineEnds.after(pos);
            if (end == std::string_view::npos) {
                partialLine_.append(bytes.substr(pos));
                checkEventSize(partialLine_.size() + data_.size());
                return;
            }
            std::string_view line = bytes.substr(pos, end - pos);
            if (!partialLine_.empty()) {
                partialLine_.append(line);
                line = partialLine_;
            }
            processLine(line, onEvent);
            partialLine_.clear();
            pos = end + 1;
            if (bytes[end] == '\r') {
                if (pos < bytes.size() && bytes[pos] == '\n') ++pos;
                else if (pos == bytes.size()) skipLineFeed_ = true;
            }
        }
    }

    /** True when bytes of an unfinished event are buffered. */
    bool hasPending() const noexcept { return !partialLine_.empty() || hasData_; }

private:
    /**
     * Where the lines of one fed piece end: at their first '\r' or '\n'. Two memchr
     * scans rather than find_first_of, which tests every byte against the set one call
     * at a time; the next '\n' is remembered, so a piece of lines ended by '\r' alone
     * is still read once, not once per line.
     */
    class LineEnds {
    public:
        explicit LineEnds(std::string_view bytes) noexcept : bytes_(bytes) {}

        /** The end of the line starting at pos; npos when the piece ends first. */
        size_t after(size_t pos) noexcept {
            if (lineFeed_ == kUnknown || lineFeed_ < pos) {
                const void* found = std::memchr(bytes_.data() + pos, '\n', bytes_.size() - pos);
                lineFeed_ = found != nullptr ? offsetOf(found) : bytes_.size();
            }
            const void* carriageReturn = std::memchr(bytes_.data() + pos, '\r', lineFeed_ - pos);
            if (carriageReturn != nullptr) return offsetOf(carriageReturn);
            return lineFeed_ < bytes_.size() ? lineFeed_ : std::string_view::npos;
        }

    private:
        static constexpr size_t kUnknown = std::string_view::npos;

        size_t offsetOf(const void* at) const noexcept {
            return static_cast<size_t>(static_cast<const char*>(at) - bytes_.data());
        }

        std::string_view bytes_;
        size_t lineFeed_ = kUnknown;  // the next '\n' at or after the last position asked, or the end
    };

    template <class OnEvent>
    void processLine(std::string_view line, OnEvent& onEvent) {
        checkEventSize(data_.size() + line.size());
        if (line.empty()) {
            if (hasData_) onEvent(Event{eventName_, data_});
            data_.clear();
            eventName_.clear();
            hasData_ = false;
            return;
        }
        if (line.front() == ':') return;
        size_t colon = line.find(':');
        std::string_view field = line.substr(0, colon);
        std::string_view value;
        if (colon != std::string_view::npos) {
            value = line.substr(colon + 1);
            if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        }
        if (field == "data") {
            if (hasData_) data_.push_back('\n');
            data_.append(value);
            hasData_ = true;
        } else if (field == "event") {
            eventName_.assign(value);
        }
    }

    /** Throws EventTooLarge, dropping the event, when held (data plus the current line) passes the limit. */
    void checkEventSize(size_t held) {
        if (held > maxEventBytes_) [[unlikely]]
            refuseEvent();
    }

    /** Drops the event being read and throws EventTooLarge; out of line, so the checks stay small. */
    [[gnu::noinline, gnu::cold]] void refuseEvent() {
        partialLine_.clear();
        data_.clear();
        eventName_.clear();
        hasData_ = false;
        skipLineFeed_ = false;
        throw EventTooLarge("an SSE event is larger than " + std::to_string(maxEventBytes_) + " bytes");
    }

    size_t maxEventBytes_;
    std::string partialLine_;
    std::string data_;
    std::string eventName_;
    bool hasData_ = false;
    bool skipLineFeed_ = false;
};

}  // namespace sluice
