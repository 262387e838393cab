// Gemini generateContent: what @google/genai and Gemini CLI speak, served over any channel.
#pragma once

#include "dialects/Dialect.h"

namespace sluice::dialects {

/**
 * The /v1beta/models/{model}:generateContent and :streamGenerateContent
 * dialect (and the same under /v1/). The model comes from the path and the
 * action says whether to stream; ?alt=sse streams server-sent events, and
 * without it the stream is a JSON array. Requests are converted to the
 * canonical chat request (GeminiRequest), answers rendered back
 * (GeminiResponse, GeminiStream), errors in Google's
 * {"error":{"code","message","status"}} shape.
 */
class GeminiDialect final : public Dialect {
public:
    pipeline::ChatRequest parse(std::string body, const http::RequestContext& request) const override;
    std::string renderBody(std::string canonicalBody, const pipeline::ChatRequest& request) const override;
    std::unique_ptr<StreamRenderer> newStream(const pipeline::ChatRequest& request,
                                              const http::RequestContext& context) const override;
    std::string errorBody(const http::ApiError& error) const override;
};

}  // namespace sluice::dialects
