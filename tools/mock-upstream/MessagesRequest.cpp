#include "MessagesRequest.h"

#include "JsonScan.h"

namespace sluice::mock {
namespace {

/** Walks the array at the cursor, handing each object in it to `onObject()`; other elements are skipped. */
template <typename OnObject>
bool forEachObject(JsonCursor& cursor, OnObject onObject) {
    return forEachElement(cursor, [&] { return cursor.peek('{') ? onObject() : cursor.skipValue(); });
}

/** Reads the "type" of the object at the cursor into `type`, skipping its other members. */
bool readObjectType(JsonCursor& cursor, std::string_view& type) {
    return forEachMember(cursor, [&](std::string_view key) {
        if (key == "type" && cursor.peek('"')) {
            return cursor.readString(type);
        }
        return cursor.skipValue();
    });
}

/** Reads one message's role and whether its content holds a tool_result block. */
bool readMessage(JsonCursor& cursor, std::string_view& role, bool& toolResult) {
    return forEachMember(cursor, [&](std::string_view key) {
        if (key == "role" && cursor.peek('"')) {
            return cursor.readString(role);
        }
        if (key == "content" && cursor.peek('[')) {
            return forEachObject(cursor, [&] {
                std::string_view type;
                const bool read = readObjectType(cursor, type);
                toolResult = toolResult || type == "tool_result";
                return read;
            });
        }
        return cursor.skipValue();
    });
}

}  // namespace

MessagesRequest::Result MessagesRequest::parse(std::string_view body) {
    *this = MessagesRequest();
    const bool wellFormed = scanRequest(body, model_, stream_, [&](JsonCursor& cursor, std::string_view key) {
        if (key == "max_tokens") {
            hasMaxTokens_ = true;
            return cursor.skipValue();
        }
        if (key == "thinking" && cursor.peek('{')) {
            std::string_view type;
            const bool read = readObjectType(cursor, type);
            thinking_ = type == "enabled";
            return read;
        }
        if (key == "messages" && cursor.peek('[')) {
            return forEachObject(cursor, [&] {
                std::string_view role;
                bool toolResult = false;
                const bool read = readMessage(cursor, role, toolResult);
                if (role == "user") {
                    answersToolUse_ = toolResult;
                }
                return read;
            });
        }
        return cursor.skipValue();
    });
    if (!wellFormed) {
        return Result::InvalidJson;
    }
    if (model_.empty()) {
        return Result::MissingModel;
    }
    return hasMaxTokens_ ? Result::Ok : Result::MissingMaxTokens;
}

}  // namespace sluice::mock
