#include "pipeline/ChatExchange.h"

#include "plugins/PluginFailure.h"
#include "routing/ChannelSelector.h"
#include "util/Secrets.h"

#include <Poco/Logger.h>

#include <random>

namespace sluice::pipeline {

namespace {

constexpr int kMaxAttempts = 3;
constexpr size_t kMaxErrorBody = 64 * 1024;
constexpr size_t kMaxUpstreamBody = 64 * 1024 * 1024;

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

}  // namespace

ChatExchange::ChatExchange(const PipelineServices& services, Poco::Net::HTTPServerRequest& request,
                           Poco::Net::HTTPServerResponse& response)
    : services_(services), request_(request), response_(response), sse_(response), start_(std::chrono::steady_clock::now()) {}

void ChatExchange::run() {
    record_.requestId = response_.get("X-Request-Id", "");
    if (record_.requestId.empty()) record_.requestId = util::newRequestId();
    record_.createdAt = util::unixMillis();
    try {
        execute();
    } catch (const http::ApiError& e) {
        fail(e);
    } catch (const std::exception& e) {
        logger().error("request %s failed: %s", record_.requestId, std::string(e.what()));
        fail(http::ApiError(500, "server_error", "internal_error", "Internal error (request " + record_.requestId + ")"));
    }
    record_.latencyMs = util::millisSince(start_);
    if (record_.tokenId != 0) services_.usage.record(std::move(record_));
}

void ChatExchange::execute() {
    http::prepareClientSocket(request_, services_.clientSendTimeoutMs);
    chat_ = ChatRequest::parse(http::readBody(request_, services_.maxBodyBytes));
    auto catalog = services_.catalogs.current();
    const catalog::Token& token =
        Authenticator(services_.plugins).authenticate(http::lowerCaseHeaders(request_), http::queryOf(request_), *catalog);
    record_.tokenId = token.id;
    record_.model = chat_.model;
    record_.stream = chat_.stream;
    if (!token.allowsModel(chat_.model))
        throw http::ApiError(403, "permission_error", "model_not_allowed",
                             "This API key is not allowed to use model '" + chat_.model + "'.");
    auto candidates = catalog->channelsFor(chat_.model, token.group);
    if (candidates.empty()) throw noChannel(*catalog, chat_.model, token.group);
    tryChannels(routing::ChannelSelector::order(candidates, threadRandom()));
}

void ChatExchange::tryChannels(const std::vector<const catalog::Channel*>& order) {
    std::optional<http::ApiError> last;
    int attempts = 0;
    for (const catalog::Channel* channel : order) {
        if (attempts++ == kMaxAttempts) break;
        last = tryChannel(*channel);
        if (!last) return;
    }
    throw *last;
}

std::optional<http::ApiError> ChatExchange::channelFailure(const catalog::Channel& channel, int status,
                                                           const std::string& detail) {
    logger().warning("request %s: channel '%s' failed: %s", record_.requestId, channel.name, detail);
    http::ApiError error = genericUpstreamError(status, record_.requestId);
    if (!anythingSent()) return error;
    fail(error);  // bytes already reached the client: end its stream with an error event
    return std::nullopt;
}

std::optional<http::ApiError> ChatExchange::tryChannel(const catalog::Channel& channel) {
    const plugins::ProviderPlugin* provider = services_.plugins.provider(channel.provider);
    if (!provider) return channelFailure(channel, 502, "no plugin is loaded for provider '" + channel.provider + "'");
    record_.channelId = channel.id;
    record_.upstreamModel = channel.upstreamModel(chat_.model);
    const std::string& key = channel.nextKey();
    sluice_provider_call call{sizeof(sluice_provider_call), borrow(channel.baseUrl), borrow(key),
                              borrow(record_.upstreamModel), borrow(channel.optionsJson), borrow(chat_.body),
                              chat_.stream ? 1 : 0, chat_.includeUsage ? 1 : 0};
    try {
        plugins::BuiltRequest built = provider->buildRequest(call);
        if (provider->servesLocally()) {
            serve(*provider, call);
            return std::nullopt;
        }
        auto exchange = services_.upstream.send(built);
        if (exchange->status() < 200 || exchange->status() >= 300) return upstreamError(channel, *provider, *exchange);
        relay(*provider, call, [&](const plugins::ByteConsumer& consume) {
            std::string chunk;
            while (exchange->readSome(chunk))
                if (!consume(chunk)) return;
        });
        return std::nullopt;
    } catch (const upstream::UpstreamFailure& failure) {
        return channelFailure(channel, failure.timedOut() ? 504 : 502, failure.what());
    } catch (const plugins::PluginFailure& failure) {
        return channelFailure(channel, 502, std::string("provider plugin: ") + failure.what());
    } catch (const std::invalid_argument& e) {
        return channelFailure(channel, 502, std::string("invalid upstream URL: ") + e.what());
    }
}

void ChatExchange::serve(const plugins::ProviderPlugin& provider, const sluice_provider_call& call) {
    relay(provider, call, [&](const plugins::ByteConsumer& consume) {
        bool stopped = false;
        int status = provider.serveLocally(call, [&](std::string_view bytes) {
            stopped = stopped || !consume(bytes);
            return !stopped;
        });
        if (!stopped && (status < 200 || status >= 300))
            throw upstream::UpstreamFailure(false, "local provider answered HTTP " + std::to_string(status));
    });
}

std::optional<http::ApiError> ChatExchange::upstreamError(const catalog::Channel& channel,
                                                          const plugins::ProviderPlugin& provider,
                                                          upstream::UpstreamExchange& exchange) {
    std::string body;
    try {
        body = exchange.readAll(kMaxErrorBody);
    } catch (const upstream::UpstreamFailure&) {
        body.clear();
    }
    plugins::UpstreamError info = provider.classifyError(exchange.status(), exchange.headers(), body);
    if (info.errorClass == SLUICE_ERROR_CLIENT)
        throw http::ApiError::withBody(info.clientStatus, "upstream rejected the request", info.canonicalBody);
    if (info.retryAfterMs > 0) response_.set("Retry-After", std::to_string((info.retryAfterMs + 999) / 1000));
    return channelFailure(channel, info.clientStatus,
                          "HTTP " + std::to_string(exchange.status()) + ": " + info.canonicalBody.substr(0, 300));
}

void ChatExchange::relay(const plugins::ProviderPlugin& provider, const sluice_provider_call& call, const Pump& pump) {
    if (chat_.stream) relayStream(provider, call, pump);
    else relayBody(provider, call, pump);
}

void ChatExchange::relayBody(const plugins::ProviderPlugin& provider, const sluice_provider_call& call, const Pump& pump) {
    std::string body;
    pump([&](std::string_view bytes) {
        body.append(bytes);
        if (body.size() > kMaxUpstreamBody) throw upstream::UpstreamFailure(false, "upstream response body too large");
        return true;
    });
    sluice_usage usage{};
    std::string translated = provider.translateResponse(call, body, usage);
    applyUsage(usage);
    record_.firstByteMs = util::millisSince(start_);
    record_.status = 200;
    http::sendJson(response_, 200, translated);
}

void ChatExchange::relayStream(const plugins::ProviderPlugin& provider, const sluice_provider_call& call,
                               const Pump& pump) {
    auto stream = provider.openStream(call);
    bool clientGone = false;
    plugins::ByteConsumer toClient = [&](std::string_view event) {
        if (!sse_.started()) record_.firstByteMs = util::millisSince(start_);
        if (!sse_.write(event)) clientGone = true;
        return !clientGone;
    };
    pump([&](std::string_view bytes) { return stream->feed(bytes, toClient); });
    if (clientGone) {
        record_.status = 499;
        record_.error = "client closed the connection mid-stream";
        return;
    }
    applyUsage(stream->finish(toClient));
    if (!sse_.started()) throw upstream::UpstreamFailure(false, "upstream stream carried no events");
    record_.status = 200;
}

void ChatExchange::applyUsage(const sluice_usage& usage) {
    record_.promptTokens = usage.prompt_tokens;
    record_.completionTokens = usage.completion_tokens;
    record_.totalTokens = usage.total_tokens;
}

bool ChatExchange::anythingSent() const { return sse_.started() || response_.sent(); }

void ChatExchange::fail(const http::ApiError& error) {
    record_.status = error.status();
    record_.error = error.what();
    if (sse_.started()) {
        sse_.write("data: " + error.toJson() + "\n\n");
        return;
    }
    if (error.status() == 413) response_.setKeepAlive(false);  // the unread rest of the body poisons the connection
    if (!response_.sent()) http::sendError(response_, error);
}

}  // namespace sluice::pipeline
