// OpenAI Chat Completions: the canonical model itself, so nothing is converted.
#pragma once

#include "dialects/Dialect.h"

namespace sluice::dialects {

/** The /v1/chat/completions dialect: requests, bodies and streams pass as they are. */
class OpenAiChatDialect final : public Dialect {
public:
    pipeline::ChatRequest parse(std::string body, const http::RequestContext& request) const override;
    std::string renderBody(std::string canonicalBody, const pipeline::ChatRequest& request) const override;
    std::unique_ptr<StreamRenderer> newStream(const pipeline::ChatRequest& request,
                                              const http::RequestContext& context) const override;
    std::string errorBody(const http::ApiError& error) const override;
};

}  // namespace sluice::dialects
