#pragma once

#include <cstring>
#include <string_view>

namespace sluice::mock {

/**
 * A read position in JSON text: just enough to walk objects and arrays
 * without building a tree. The request scanners of both wire formats share
 * it so each request costs one pass over its body.
 */
struct JsonCursor {
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
bool forEachMember(JsonCursor& cursor, OnMember onMember) {
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

/** Walks the elements of the array at the cursor; `onElement()` must consume each one. */
template <typename OnElement>
bool forEachElement(JsonCursor& cursor, OnElement onElement) {
    if (!cursor.consume('[')) {
        return false;
    }
    if (cursor.consume(']')) {
        return true;
    }
    do {
        if (!onElement()) {
            return false;
        }
    } while (cursor.consume(','));
    return cursor.consume(']');
}

/**
 * Walks a request body, which must be one well-formed object, reading the
 * members both wire formats share: "model" (raw, still escaped) and
 * "stream": true. Every other member goes to `onMember(cursor, key)`, which
 * must consume its value.
 */
template <typename OnMember>
bool scanRequest(std::string_view body, std::string_view& model, bool& stream, OnMember onMember) {
    JsonCursor cursor{body.data(), body.data() + body.size()};
    const bool wellFormed = forEachMember(cursor, [&](std::string_view key) {
        if (key == "model" && cursor.peek('"')) {
            return cursor.readString(model);
        }
        if (key == "stream" && cursor.readLiteral("true")) {
            stream = true;
            return true;
        }
        return onMember(cursor, key);
    });
    cursor.skipSpace();
    return wellFormed && cursor.at == cursor.end;
}

}  // namespace sluice::mock
