#include "ChatRequest.h"

#include "JsonScan.h"

namespace sluice::mock {

ChatRequest::Result ChatRequest::parse(std::string_view body) {
    model_ = {};
    stream_ = false;
    includeUsage_ = false;
    JsonCursor cursor{body.data(), body.data() + body.size()};
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
