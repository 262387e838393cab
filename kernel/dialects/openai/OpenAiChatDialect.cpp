#include "dialects/openai/OpenAiChatDialect.h"

#include "dialects/openai/PassThroughStream.h"

namespace sluice::dialects {

pipeline::ChatRequest OpenAiChatDialect::parse(std::string body, const http::RequestContext&) const {
    return pipeline::ChatRequest::parse(std::move(body));
}

std::string OpenAiChatDialect::renderBody(std::string canonicalBody, const pipeline::ChatRequest&) const {
    return canonicalBody;
}

std::unique_ptr<StreamRenderer> OpenAiChatDialect::newStream(const pipeline::ChatRequest&,
                                                            const http::RequestContext&) const {
    return std::make_unique<PassThroughStream>();
}

std::string OpenAiChatDialect::errorBody(const http::ApiError& error) const { return error.toJson(); }

}  // namespace sluice::dialects
