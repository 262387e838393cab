// One /v1/chat/completions request, from body to usage row.
#pragma once

#include "http/ApiError.h"
#include "http/Exchange.h"
#include "http/SseResponse.h"
#include "pipeline/Authenticator.h"
#include "pipeline/ChatRequest.h"
#include "pipeline/PipelineServices.h"
#include "upstream/UpstreamFailure.h"
#include "usage/UsageRecord.h"
#include "util/Clock.h"

#include <optional>

namespace sluice::pipeline {

/**
 * Runs the pipeline for one chat request: parse, authenticate, authorize,
 * route, translate, send, relay (streaming event by event) and record usage.
 * Retryable failures before any byte reached the client move on to the next
 * channel; everything else ends as an OpenAI-shaped error. Upstream details
 * (hosts, channel names, upstream messages) go to the log with the request
 * id, never to the caller, except an upstream's own client error (a 4xx
 * about the request), which is passed through unchanged.
 */
class ChatExchange {
public:
    ChatExchange(const PipelineServices& services, Poco::Net::HTTPServerRequest& request,
                 Poco::Net::HTTPServerResponse& response);

    /** Serves the request and queues its usage record; never throws. */
    void run();

private:
    /** Pushes upstream bytes to a consumer until the end or until it returns false. */
    using Pump = std::function<void(const plugins::ByteConsumer&)>;

    void execute();
    void tryChannels(const std::vector<const catalog::Channel*>& order);
    std::optional<http::ApiError> tryChannel(const catalog::Channel& channel);
    void serve(const plugins::ProviderPlugin& provider, const sluice_provider_call& call);
    std::optional<http::ApiError> channelFailure(const catalog::Channel& channel, int status, const std::string& detail);
    std::optional<http::ApiError> upstreamError(const catalog::Channel& channel, const plugins::ProviderPlugin& provider,
                                                upstream::UpstreamExchange& exchange);
    void relay(const plugins::ProviderPlugin& provider, const sluice_provider_call& call, const Pump& pump);
    void relayBody(const plugins::ProviderPlugin& provider, const sluice_provider_call& call, const Pump& pump);
    void relayStream(const plugins::ProviderPlugin& provider, const sluice_provider_call& call, const Pump& pump);
    void applyUsage(const sluice_usage& usage);
    void fail(const http::ApiError& error);
    bool anythingSent() const;

    const PipelineServices& services_;
    Poco::Net::HTTPServerRequest& request_;
    Poco::Net::HTTPServerResponse& response_;
    http::SseResponse sse_;
    ChatRequest chat_;
    usage::UsageRecord record_;
    util::SteadyTime start_;
};

}  // namespace sluice::pipeline
