#include "dialects/gemini/GeminiDialect.h"

#include "dialects/gemini/GeminiRequest.h"
#include "dialects/gemini/GeminiResponse.h"
#include "dialects/gemini/GeminiShapes.h"
#include "dialects/gemini/GeminiStream.h"
#include "util/Utf8.h"

namespace sluice::dialects {

namespace {

constexpr std::string_view kStreamSuffix = ":streamGenerateContent";

bool streams(const http::RequestContext& request) {
    const std::string& path = request.request.path;
    return path.size() > kStreamSuffix.size() && path.compare(path.size() - kStreamSuffix.size(), kStreamSuffix.size(), kStreamSuffix) == 0;
}

/** Whether the query asks for server-sent events (alt=sse). */
bool serverSentEvents(const std::string& query) {
    for (size_t at = 0; at <= query.size();) {
        const size_t end = std::min(query.find('&', at), query.size());
        if (query.compare(at, end - at, "alt=sse") == 0) return true;
        at = end + 1;
    }
    return false;
}

}  // namespace

pipeline::ChatRequest GeminiDialect::parse(std::string body, const http::RequestContext& request) const {
    if (util::findInvalidUtf8(body) != body.size())
        throw http::ApiError::invalidRequest("Invalid JSON payload received: the body is not valid UTF-8.");
    return pipeline::ChatRequest::parse(GeminiRequest::toCanonical(body, request.pathParam("model"), streams(request)));
}

std::string GeminiDialect::renderBody(std::string canonicalBody, const pipeline::ChatRequest& request) const {
    return GeminiResponse::fromCanonical(canonicalBody, request.model);
}

std::unique_ptr<StreamRenderer> GeminiDialect::newStream(const pipeline::ChatRequest& request,
                                                         const http::RequestContext& context) const {
    return std::make_unique<GeminiStream>(request.model, serverSentEvents(context.request.query));
}

std::string GeminiDialect::errorBody(const http::ApiError& error) const { return gemini::errorJson(error); }

}  // namespace sluice::dialects
