#include "pipeline/ChatExchange.h"

#include "dialects/NativeStream.h"
#include "pipeline/HeadAuthentication.h"
#include "pipeline/LocalProviderCall.h"
#include "plugins/PluginFailure.h"
#include "routing/ChannelSelector.h"
#include "util/Secrets.h"

#include <Poco/Logger.h>

#include <random>

namespace sluice::pipeline {

namespace {

constexpr size_t kMaxAttempts = 3;
/** ABI 1.2's names for the canonical wire format and the chat operation. */
const std::string kCanonicalFormat = "openai-chat";
const std::string kChat = "chat";
constexpr size_t kMaxErrorBody = 64 * 1024;
constexpr size_t kMaxUpstreamBody = 64 * 1024 * 1024;
/** Most bytes one upstream stream may send: far past any real answer, yet a bound on a hostile upstream. */
constexpr size_t kMaxUpstreamStream = 256 * 1024 * 1024;

std::mt19937_64& threadRandom() {
    thread_local std::mt19937_64 random{std::random_device{}()};
    return random;
}

Poco::Logger& logger() { return Poco::Logger::get("sluice.pipeline"); }

http::ApiError noChannel(const catalog::Catalog& catalog, const std::string& model, const std::string& group) {
    if (catalog.anyChannelServes(model))
        return http::ApiError(503, "server_error", "no_available_channel",
                              "No available channel for model '" + model + "' in group '" + group + "'.");
    return http::ApiError(404, "invalid_request_error", "model_not_found",
                          "The model '" + model + "' does not exist or no channel serves it.");
}

/** What the caller sees of an upstream failure: the kind, never the details. */
http::ApiError genericUpstreamError(int status, const std::string& requestId) {
    std::string suffix = " (request " + requestId + ")";
    if (status == 429)
        return http::ApiError(429, "rate_limit_error", "rate_limit_exceeded",
                              "The upstream provider is rate limiting; retry later" + suffix);
    if (status == 504)
        return http::ApiError(504, "upstream_error", "upstream_timeout", "The upstream provider timed out" + suffix);
    return http::ApiError(502, "upstream_error", "upstream_error", "The upstream provider failed" + suffix);
}

sluice_str borrow(const std::string& s) { return sluice_str{s.data(), s.size()}; }

net::ClientRequest toClientRequest(plugins::BuiltRequest built) {
    net::ClientRequest request;
    request.method = built.method.empty() ? "POST" : std::move(built.method);
    request.url = std::move(built.url);
    request.headers = std::move(built.headers);
    request.body = std::move(built.body);
    return request;
}

}  // namespace

ChatExchange::ChatExchange(const PipelineServices& services, std::shared_ptr<const dialects::Dialect> dialect,
                           std::shared_ptr<http::RequestContext> context)
    : services_(services),
      dialect_(std::move(dialect)),
      context_(std::move(context)),
      send_([this](std::string_view event) { return context_->channel->sendChunk(event); }),
      start_(std::chrono::steady_clock::now()) {
    record_.requestId = context_->requestId;
    record_.createdAt = util::unixMillis();
}

void ChatExchange::start() {
    try {
        route();
    } catch (const http::ApiError& e) {
        fail(e);
        return end();
    }
    auto self = shared_from_this();
    context_->channel->onClientGone([self] { self->clientLeft(); });
    tryNextChannel();
}

void ChatExchange::postFailure(bool timedOut, std::string message) {
    // Never fail over from inside an upstream callback: the call that is calling us must unwind first.
    context_->channel->loop().post([self = shared_from_this(), timedOut, message = std::move(message)] {
        self->onFailure(timedOut, message);
    });
}

void ChatExchange::route() {
    const catalog::Token& token = HeadAuthentication::tokenOf(context_->request);
    chat_ = dialect_->parse(std::move(context_->request.body), *context_);
    LoopSnapshots& snapshots = services_.snapshots.forLoop(context_->channel->loop());
    catalog_ = snapshots.catalog.get();
    plugins_ = snapshots.plugins.get();
    record_.tokenId = token.id;
    record_.model = chat_.model;
    record_.stream = chat_.stream;
    if (!token.allowsModel(chat_.model))
        throw http::ApiError(403, "permission_error", "model_not_allowed",
                             "This API key is not allowed to use model '" + chat_.model + "'.");
    auto candidates = catalog_->channelsFor(chat_.model, token.group);
    if (candidates.empty()) throw noChannel(*catalog_, chat_.model, token.group);
    order_ = routing::ChannelSelector::order(std::move(candidates), threadRandom(), kMaxAttempts);
}

void ChatExchange::tryNextChannel() {
    while (!ended_ && attempt_ < order_.size()) {
        channel_ = order_[attempt_++];
        provider_ = plugins_->provider(channel_->provider);
        if (!provider_) {
            channelFailed(502, "no enabled plugin provides '" + channel_->provider + "'");
            continue;
        }
        try {
            sendUpstream(*channel_);
            return;
        } catch (const plugins::PluginFailure& failure) {
            channelFailed(502, std::string("provider plugin: ") + failure.what());
        } catch (const std::exception& e) {  // e.g. no thread for a local provider, epoll failure
            channelFailed(502, e.what());
        }
    }
    if (ended_) return;
    fail(*lastError_, lastErrorHeaders_);
    end();
}

void ChatExchange::sendUpstream(const catalog::Channel& channel) {
    record_.channelId = channel.id;
    record_.upstreamModel = channel.upstreamModel(chat_.model);
    key_ = channel.nextKey();
    format_ = native() ? std::string(dialect_->nativeFormat()) : kCanonicalFormat;
    call_ = sluice_provider_call{sizeof(sluice_provider_call), borrow(channel.baseUrl), borrow(key_),
                                 borrow(record_.upstreamModel), borrow(channel.optionsJson),
                                 borrow(native() ? chat_.nativeBody : chat_.body), chat_.stream ? 1 : 0,
                                 chat_.includeUsage ? 1 : 0, borrow(format_), borrow(kChat)};
    if (chat_.stream) {
        auto dialectRenderer = dialect_->newStream(chat_, *context_);
        renderer_ = native() ? std::make_unique<dialects::NativeStream>(std::move(dialectRenderer)) : std::move(dialectRenderer);
    }
    plugins::BuiltRequest built = provider_->buildRequest(call_);
    upstreamStatus_ = 0;
    upstreamBytes_ = 0;
    body_.clear();
    stream_.reset();
    auto self = shared_from_this();
    if (provider_->servesLocally()) {
        upstream_ = LocalProviderCall::start(services_.executor, context_->channel->loop(), provider_, call_, self);
        return;
    }
    upstream_ = services_.upstreams.forLoop(context_->channel->loop()).send(toClientRequest(std::move(built)), self);
}

void ChatExchange::onHead(int status, const net::Headers& headers) {
    upstreamStatus_ = status;
    if (status < 200 || status >= 300) upstreamHeaders_ = headers;  // only an error is classified with its headers
    try {
        if (status >= 200 && status < 300 && chat_.stream) stream_ = provider_->openStream(call_);
    } catch (const plugins::PluginFailure& failure) {
        postFailure(false, std::string("provider plugin: ") + failure.what());
        upstream_->cancel();
    }
}

bool ChatExchange::onBody(std::string_view bytes) {
    if (ended_) return false;
    bool success = upstreamStatus_ >= 200 && upstreamStatus_ < 300;
    if (!success) {
        body_.append(bytes.substr(0, kMaxErrorBody - std::min(kMaxErrorBody, body_.size())));  // enough to classify
        return true;
    }
    upstreamBytes_ += bytes.size();
    const size_t limit = chat_.stream ? kMaxUpstreamStream : kMaxUpstreamBody;
    if (upstreamBytes_ > limit) {
        postFailure(false, std::string("upstream ") + (chat_.stream ? "stream" : "response body") + " exceeds " +
                               std::to_string(limit) + " bytes");
        return false;
    }
    if (!chat_.stream) {
        body_.append(bytes);
        return true;
    }
    if (!stream_) return false;  // openStream failed; the failure is on its way
    try {
        return stream_->feed(bytes, [this](std::string_view event) { return forward(event); });
    } catch (const plugins::PluginFailure& failure) {
        postFailure(false, std::string("provider plugin: ") + failure.what());
        return false;
    }
}

bool ChatExchange::forward(std::string_view event) {
    if (context_->channel->clientGone()) return false;
    ++eventsForwarded_;
    if (!context_->channel->started()) {
        record_.firstByteMs = util::millisSince(start_);
        context_->startEventStream(renderer_->contentType());
    }
    return renderer_->render(event, send_);
}

void ChatExchange::onComplete() {
    if (ended_) return;
    upstream_.reset();
    if (upstreamStatus_ < 200 || upstreamStatus_ >= 300) return finishUpstreamError();
    if (chat_.stream) finishStream();
    else finishBody();
}

void ChatExchange::onFailure(bool timedOut, const std::string& message) {
    if (ended_) return;
    if (upstream_) upstream_->cancel();
    upstream_.reset();
    channelFailed(timedOut ? 504 : 502, message);
    if (context_->channel->started()) return;  // channelFailed ended the stream with an error event
    tryNextChannel();
}

void ChatExchange::channelFailed(int status, const std::string& detail, net::Headers headers) {
    lastErrorHeaders_ = std::move(headers);
    logger().warning("request %s: channel '%s' failed: %s", record_.requestId, channel_ ? channel_->name : std::string(), detail);
    lastError_ = genericUpstreamError(status, record_.requestId);
    if (!context_->channel->started()) return;
    fail(*lastError_);  // bytes already reached the client: end its stream with an error event
    end();
}

void ChatExchange::finishUpstreamError() {
    plugins::UpstreamError info = provider_->classifyError(upstreamStatus_, upstreamHeaders_, body_);
    info.canonicalBody = util::redactSecrets(std::move(info.canonicalBody), channel_->keys);  // an upstream may echo its key
    if (info.errorClass == SLUICE_ERROR_CLIENT) {
        fail(http::ApiError::withBody(info.clientStatus, "upstream rejected the request", info.canonicalBody));
        return end();
    }
    net::Headers headers;
    if (info.retryAfterMs > 0) headers.emplace_back("Retry-After", std::to_string((info.retryAfterMs + 999) / 1000));
    channelFailed(info.clientStatus, "HTTP " + std::to_string(upstreamStatus_) + ": " + info.canonicalBody.substr(0, 300),
                  std::move(headers));
    tryNextChannel();
}

void ChatExchange::finishBody() {
    try {
        sluice_usage usage{};
        body_ = provider_->translateResponse(call_, body_, usage);
        if (!native()) body_ = dialect_->renderBody(std::move(body_), chat_);
        applyUsage(usage);
        record_.firstByteMs = util::millisSince(start_);
        record_.status = 200;
        end();  // the usage row is journaled before the caller can see the response complete
        complete(body_);
    } catch (const plugins::PluginFailure& failure) {
        channelFailed(502, std::string("provider plugin: ") + failure.what());
        tryNextChannel();
    } catch (const std::invalid_argument& e) {  // the dialect could not render what the provider returned
        channelFailed(502, e.what());
        tryNextChannel();
    }
}

void ChatExchange::finishStream() {
    try {
        applyUsage(stream_->finish([this](std::string_view event) { return forward(event); }));
    } catch (const plugins::PluginFailure& failure) {
        channelFailed(502, std::string("provider plugin: ") + failure.what());
        if (!ended_) tryNextChannel();
        return;
    }
    if (context_->channel->clientGone()) return clientLeft();
    if (!context_->channel->started()) {
        channelFailed(502, "upstream stream carried no events");
        return tryNextChannel();
    }
    record_.status = 200;
    end();  // the usage row is journaled before the caller can see the stream complete
    complete(renderer_->answer());
}

void ChatExchange::complete(std::string_view answer) {
    keptAlive_ = shared_from_this();  // nothing else holds an ended exchange while its answer is kept
    if (!dialect_->keep(answer, *context_, [this] { deliver(); })) deliver();
}

void ChatExchange::deliver() {
    const auto self = std::move(keptAlive_);
    if (!chat_.stream) return context_->sendJson(200, body_);
    if (renderer_->finish(send_)) context_->channel->endStream();
}

bool ChatExchange::native() const {
    return !chat_.nativeBody.empty() && provider_ && provider_->speaksNatively(dialect_->nativeFormat());
}

void ChatExchange::applyUsage(const sluice_usage& usage) {
    record_.promptTokens = usage.prompt_tokens;
    record_.completionTokens = usage.completion_tokens;
    record_.totalTokens = usage.total_tokens;
}

void ChatExchange::estimateStreamedUsage() {
    // The upstream's own count comes last in a stream; cut before it, bill what reached the caller:
    // about a token per chunk, and a prompt of about four bytes a token.
    record_.completionTokens = static_cast<int64_t>(eventsForwarded_);
    record_.promptTokens = static_cast<int64_t>(chat_.body.size() / 4);
    record_.totalTokens = record_.promptTokens + record_.completionTokens;
    record_.error += "; usage estimated from the " + std::to_string(eventsForwarded_) + " events streamed";
}

void ChatExchange::fail(const http::ApiError& error, const net::Headers& extra) {
    record_.status = error.status();
    record_.error = error.what();
    if (context_->channel->started()) {
        context_->channel->sendChunk(renderer_->errorEvent(error));
        context_->channel->endStream();
        return;
    }
    net::Headers headers = error.headers();
    headers.insert(headers.end(), extra.begin(), extra.end());
    context_->sendJson(error.status(), dialect_->errorBody(error), headers);
}

void ChatExchange::clientLeft() {
    if (ended_) return;
    if (upstream_) upstream_->cancel();
    upstream_.reset();
    record_.status = 499;
    record_.error = "client closed the connection";
    if (eventsForwarded_ > 0 && record_.completionTokens < 0) estimateStreamedUsage();
    end();
}

void ChatExchange::end() {
    if (ended_) return;
    ended_ = true;
    if (upstream_) upstream_->cancel();  // a no-op for a finished call; breaks the call <-> exchange cycle
    upstream_.reset();
    stream_.reset();
    context_->channel->onClientGone(nullptr);  // the channel no longer keeps this exchange alive
    record_.latencyMs = util::millisSince(start_);
    if (record_.tokenId != 0) services_.usage.record(std::move(record_));
}

}  // namespace sluice::pipeline
