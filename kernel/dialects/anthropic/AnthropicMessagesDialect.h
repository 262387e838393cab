// Anthropic Messages: what Claude Code and @anthropic-ai/sdk speak, served over any channel.
#pragma once

#include "dialects/Dialect.h"

namespace sluice::dialects {

/**
 * The POST /v1/messages dialect. Requests are converted to the canonical
 * chat request (AnthropicRequest), answers rendered back as a message
 * (AnthropicResponse) or as Anthropic's event stream (AnthropicStream), and
 * errors take Anthropic's {"type":"error","error":{...}} shape.
 */
class AnthropicMessagesDialect final : public Dialect {
public:
    pipeline::ChatRequest parse(std::string body, const http::RequestContext& request) const override;
    std::string renderBody(std::string canonicalBody, const pipeline::ChatRequest& request) const override;
    std::unique_ptr<StreamRenderer> newStream(const pipeline::ChatRequest& request,
                                              const http::RequestContext& context) const override;
    std::string errorBody(const http::ApiError& error) const override;
    std::string_view nativeFormat() const override { return "anthropic-messages"; }
};

}  // namespace sluice::dialects
