#include "ChatRequest.h"

#include <cstring>

namespace sluice::mock {
namespace {

/** A read position in JSON text: just enough to walk an object's members without building a tree. */
struct Cursor {
    const char* at;
    const char* end;

    void skipSpace() {
        while (at != end && (*at == ' ' || *at == '\t' || *at == '\n' || *at == '\r')) {
            ++at;
        }
    }

    bool consume(char expected) {
        skipSpace();
        if (at != end && *at == expected) {
            ++at;
            return true;
        }
        return false;
    }

    bool peek(char expected) {
        skipSpace();
        return at != end && *at == expected;
    }

    /** Reads a string; `text` gets its raw, still-escaped contents. */
    bool readString(std::string_view& text) {
        if (!consume('"')) {
            return false;
        }
        const char* start = at;
        while (at != end) {
            const auto c = static_cast<unsigned char>(*at);
            if (c == '"') {
                text = std::string_view(start, static_cast<std::size_t>(at - start));
                ++at;
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\' && ++at == end) {
                return false;
            }
            ++at;
        }
        return false;
    }

    /** Consumes `word` (true, false, null) if it comes next. */
    bool readLiteral(std::string_view word) {
        skipSpace();
        if (static_cast<std::size_t>(end - at) >= word.size() && std::memcmp(at, word.data(), word.size()) == 0) {
            at += word.size();
            return true;
        }
        return false;
    }

    /** Skips one value of any type, checking only that strings and brackets balance. */
    bool skipValue() {
        skipSpace();
        if (at == end) {
            return false;
        }
        std::string_view ignored;
        if (*at == '"') {
            return readString(ignored);
        }
        if (*at == '{' || *at == '[') {
            int depth = 0;
            while (at != end) {
                const char c = *at;
                if (c == '"') {
                    if (!readString(ignored)) {
                        return false;
                    }
                    continue;
                }
                if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    ++at;
                    return true;
                }
                ++at;
            }
            return false;
        }
        const char* start = at;
        while (at != end && *at != ',' && *at != '}' && *at != ']' && *at != ' ' && *at != '\t' && *at != '\n' &&
               *at != '\r') {
            ++at;
        }
        return at != start;
    }
};

/** Walks the members of the object at the cursor; `onMember(key)` must consume each value. */
template <typename OnMember>
bool forEachMember(Cursor& cursor, OnMember onMember) {
    if (!cursor.consume('{')) {
        return false;
    }
    if (cursor.consume('}')) {
        return true;
    }
    do {
        std::string_view key;
        if (!cursor.readString(key) || !cursor.consume(':') || !onMember(key)) {
            return false;
        }
    } while (cursor.consume(','));
    return cursor.consume('}');
}

}  // namespace

ChatRequest::Result ChatRequest::parse(std::string_view body) {
    model_ = {};
    stream_ = false;
    includeUsage_ = false;
    Cursor cursor{body.data(), body.data() + body.size()};
    const bool wellFormed = forEachMember(cursor, [&](std::string_view key) {
        if (key == "model" && cursor.peek('"')) {
            return cursor.readString(model_);
        }
        if (key == "stream" && cursor.readLiteral("true")) {
            stream_ = true;
            return true;
        }
        if (key == "stream_options" && cursor.peek('{')) {
            return forEachMember(cursor, [&](std::string_view option) {
                if (option == "include_usage" && cursor.readLiteral("true")) {
                    includeUsage_ = true;
                    return true;
                }
                return cursor.skipValue();
            });
        }
        return cursor.skipValue();
    });
    cursor.skipSpace();
    if (!wellFormed || cursor.at != cursor.end) {
        return Result::InvalidJson;
    }
    return model_.empty() ? Result::MissingModel : Result::Ok;
}

}  // namespace sluice::mock
