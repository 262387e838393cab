// One chat request of any dialect, from body to usage row, driven by upstream events.
#pragma once

#include "dialects/Dialect.h"
#include "http/RequestContext.h"
#include "pipeline/ChatRequest.h"
#include "pipeline/PipelineServices.h"
#include "usage/UsageRecord.h"
#include "util/Clock.h"

#include <optional>

namespace sluice::pipeline {

/**
 * Runs the pipeline for one chat request on its event loop: parse,
 * authenticate, authorize and route synchronously, then send upstream and
 * react to its events — relay the body, or each stream event as it arrives,
 * and record usage. A retryable failure before any byte reached the client
 * moves on to the next channel; everything else ends as an OpenAI-shaped
 * error. Upstream details (hosts, channel names, upstream messages) go to the
 * log with the request id, never to the caller, except an upstream's own
 * client error (a 4xx about the request), passed through unchanged. Kept
 * alive by its upstream call and the client-gone callback until it ends.
 */
class ChatExchange : public net::UpstreamHandler, public std::enable_shared_from_this<ChatExchange> {
public:
    /** dialect: shared by the route's requests, or made for this one (see dialects::Dialect). */
    ChatExchange(const PipelineServices& services, std::shared_ptr<const dialects::Dialect> dialect,
                 std::shared_ptr<http::RequestContext> context);

    /** Starts serving; errors found before going upstream are answered at once. */
    void start();

    void onHead(int status, const net::Headers& headers) override;
    bool onBody(std::string_view bytes) override;
    void onComplete() override;
    void onFailure(bool timedOut, const std::string& message) override;

private:
    void route();
    void tryNextChannel();
    void sendUpstream(const catalog::Channel& channel);
    void channelFailed(int status, const std::string& detail, net::Headers headers = {});
    void postFailure(bool timedOut, std::string message);
    void finishUpstreamError();
    void finishBody();
    void finishStream();
    /** Lets the dialect keep the whole answer, then shows it to the caller complete. */
    void complete(std::string_view answer);
    /** Sends the body, or the stream's last events and its end. */
    void deliver();
    bool forward(std::string_view event);
    /** Whether the channel being tried takes the caller's body untranslated (its provider speaks the dialect's format). */
    bool native() const;
    void applyUsage(const sluice_usage& usage);
    /** Fills in the usage of a stream cut before the upstream's own count arrived (a drain, a client gone). */
    void estimateStreamedUsage();
    void fail(const http::ApiError& error, const net::Headers& extra = {});
    void clientLeft();
    void end();

    const PipelineServices& services_;
    std::shared_ptr<const dialects::Dialect> dialect_;
    std::shared_ptr<http::RequestContext> context_;
    std::unique_ptr<dialects::StreamRenderer> renderer_;  // a stream's, in the caller's dialect
    dialects::EventSink send_;                            // writes rendered events to the caller
    std::shared_ptr<const catalog::Catalog> catalog_;  // keeps channels alive while they are tried
    ChatRequest chat_;
    std::string format_;       // the wire format of the call being made
    std::vector<const catalog::Channel*> order_;
    size_t attempt_ = 0;
    const catalog::Channel* channel_ = nullptr;
    std::shared_ptr<const plugins::PluginSet> plugins_;  // the instances this request started with
    std::shared_ptr<const plugins::ProviderPlugin> provider_;
    std::string key_;
    sluice_provider_call call_{};
    std::shared_ptr<net::UpstreamCall> upstream_;
    std::unique_ptr<plugins::ProviderStream> stream_;
    int upstreamStatus_ = 0;
    net::Headers upstreamHeaders_;
    std::string body_;  // a whole upstream body, or an error body
    size_t upstreamBytes_ = 0;  // of a successful answer from the channel being tried, body or stream
    std::optional<http::ApiError> lastError_;
    net::Headers lastErrorHeaders_;
    usage::UsageRecord record_;
    size_t eventsForwarded_ = 0;
    util::SteadyTime start_;
    bool ended_ = false;
    std::shared_ptr<ChatExchange> keptAlive_;  // itself, while the dialect keeps the answer
};

}  // namespace sluice::pipeline
