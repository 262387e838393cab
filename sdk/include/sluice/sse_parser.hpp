// An incremental Server-Sent Events parser for stream translators.
#pragma once

#include <cstring>
#include <string>
#include <string_view>

namespace sluice {

/**
 * Parses an SSE byte stream fed in pieces split at any byte (including inside
 * a "\r\n" pair) and calls back once per complete event. Follows the WHATWG
 * rules a provider stream needs: "data" lines are joined with "\n", "event"
 * names the event, comments and other fields are ignored.
 */
class SseParser {
public:
    /** One dispatched event; the views are valid during the callback only. */
    struct Event {
        std::string_view name;  // empty when the stream gave no "event:" line
        std::string_view data;
    };

    /** Consumes bytes and calls onEvent(const Event&) for every event they complete. */
    template <class OnEvent>
    void feed(std::string_view bytes, OnEvent&& onEvent) {
        if (bytes.empty()) return;
        size_t pos = 0;
        if (skipLineFeed_ && !bytes.empty() && bytes[0] == '\n') pos = 1;
        skipLineFeed_ = false;
        while (pos < bytes.size()) {
            size_t end = lineEnd(bytes, pos);
            if (end == std::string_view::npos) {
                partialLine_.append(bytes.substr(pos));
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
     * Where the line starting at pos ends: its first '\r' or '\n', npos when neither comes.
     * Two memchr scans rather than find_first_of, which tests every byte against the set one
     * call at a time.
     */
    static size_t lineEnd(std::string_view bytes, size_t pos) noexcept {
        const char* begin = bytes.data() + pos;
        size_t length = bytes.size() - pos;
        const auto* lineFeed = static_cast<const char*>(std::memchr(begin, '\n', length));
        size_t beforeLineFeed = lineFeed != nullptr ? static_cast<size_t>(lineFeed - begin) : length;
        const auto* carriageReturn = static_cast<const char*>(std::memchr(begin, '\r', beforeLineFeed));
        const char* end = carriageReturn != nullptr ? carriageReturn : lineFeed;
        return end != nullptr ? static_cast<size_t>(end - bytes.data()) : std::string_view::npos;
    }

    template <class OnEvent>
    void processLine(std::string_view line, OnEvent& onEvent) {
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

    std::string partialLine_;
    std::string data_;
    std::string eventName_;
    bool hasData_ = false;
    bool skipLineFeed_ = false;
};

}  // namespace sluice
