// OpenAI Responses: what the Vercel AI SDK, LangChain and Codex speak, served over any channel.
#pragma once

#include "dialects/Dialect.h"
#include "dialects/responses/ResponseArchive.h"
#include "dialects/responses/ResponsesTurn.h"

namespace sluice::dialects {

/**
 * One POST /v1/responses request as a dialect, made per request by
 * ResponsesEndpoint: the body it parses is already the canonical one
 * (ResponsesRequest converted it once the conversation it continues was
 * loaded), answers are rendered as a Response (ResponsesResponse) or as the
 * Responses event stream (ResponsesStream), errors keep OpenAI's shape with
 * the Responses field in 'param', and a stored answer is kept before the
 * caller sees it complete, so that a previous_response_id naming it always
 * finds it.
 */
class ResponsesDialect final : public Dialect {
public:
    /** archive outlives the dialect. */
    ResponsesDialect(const ResponseArchive& archive, ResponsesTurn turn) : archive_(archive), turn_(std::move(turn)) {}

    pipeline::ChatRequest parse(std::string body, const http::RequestContext& request) const override;
    std::string renderBody(std::string canonicalBody, const pipeline::ChatRequest& request) const override;
    std::unique_ptr<StreamRenderer> newStream(const pipeline::ChatRequest& request,
                                              const http::RequestContext& context) const override;
    std::string errorBody(const http::ApiError& error) const override;
    bool keep(std::string_view answer, const http::RequestContext& context,
              const std::function<void()>& resume) const override;

private:
    const ResponseArchive& archive_;
    const ResponsesTurn turn_;
};

}  // namespace sluice::dialects
