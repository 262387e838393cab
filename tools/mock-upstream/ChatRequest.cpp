#include "ChatRequest.h"

#include "JsonScan.h"

namespace sluice::mock {

ChatRequest::Result ChatRequest::parse(std::string_view body) {
    model_ = {};
    stream_ = false;
    includeUsage_ = false;
    const bool wellFormed = scanRequest(body, model_, stream_, [&](JsonCursor& cursor, std::string_view key) {
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
    if (!wellFormed) {
        return Result::InvalidJson;
    }
    return model_.empty() ? Result::MissingModel : Result::Ok;
}

}  // namespace sluice::mock
