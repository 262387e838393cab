#include "dialects/anthropic/AnthropicMessagesDialect.h"

#include "dialects/anthropic/AnthropicRequest.h"
#include "dialects/anthropic/AnthropicResponse.h"
#include "dialects/anthropic/AnthropicShapes.h"
#include "dialects/anthropic/AnthropicStream.h"
#include "util/Utf8.h"

namespace sluice::dialects {

pipeline::ChatRequest AnthropicMessagesDialect::parse(std::string body, const http::RequestContext&) const {
    if (util::findInvalidUtf8(body) != body.size())
        throw http::ApiError::invalidRequest("The request body is not valid UTF-8.");
    pipeline::ChatRequest request = pipeline::ChatRequest::parse(AnthropicRequest::toCanonical(body));
    request.nativeBody = std::move(body);  // for an Anthropic channel, which takes it untranslated
    return request;
}

std::string AnthropicMessagesDialect::renderBody(std::string canonicalBody, const pipeline::ChatRequest& request) const {
    return AnthropicResponse::fromCanonical(canonicalBody, request.model);
}

std::unique_ptr<StreamRenderer> AnthropicMessagesDialect::newStream(const pipeline::ChatRequest& request,
                                                                   const http::RequestContext&) const {
    return std::make_unique<AnthropicStream>(request.model);
}

std::string AnthropicMessagesDialect::errorBody(const http::ApiError& error) const { return anthropic::errorJson(error); }

}  // namespace sluice::dialects
