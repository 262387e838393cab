#include "pipeline/ChatExchange.h"

#include "http/Exchange.h"
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

http::ApiError transportError(const upstream::UpstreamFailure& failure) {
    if (failure.timedOut()) return http::ApiError(504, "upstream_error", "upstream_timeout", failure.what());
    return http::ApiError(502, "upstream_error", "upstream_unavailable", failure.what());
}

http::ApiError fromUpstream(const plugins::UpstreamError& e) {
    if (e.errorClass == SLUICE_ERROR_CLIENT)
        return http::ApiError(e.clientStatus, "invalid_request_error", "upstream_rejected_request", e.message);
    if (e.clientStatus == 429) return http::ApiError(429, "rate_limit_error", "rate_limit_exceeded", e.message);
    if (e.clientStatus == 504) return http::ApiError(504, "upstream_error", "upstream_timeout", e.message);
    return http::ApiError(e.clientStatus >= 500 ? e.clientStatus : 502, "upstream_error", "upstream_error", e.message);
}

http::ApiError noChannel(const catalog::Catalog& catalog, const std::string& model, const std::string& group) {
    if (catalog.anyChannelServes(model))
        return http::ApiError(503, "server_error", "no_available_channel",
                              "No available channel for model '" + model + "' in group '" + group + "'.");
    return http::ApiError(404, "invalid_request_error", "model_not_found",
                          "The model '" + model + "' does not exist or no channel serves it.");
}

sluice_str borrow(const std::string& s) { return sluice_str{s.data(), s.size()}; }

}  // namespace

ChatExchange::ChatExchange(const PipelineServices& services, Poco::Net::HTTPServerRequest& request,
                           Poco::Net::HTTPServerResponse& response)
    : services_(services), request_(request), response_(response), sse_(response), start_(std::chrono::steady_clock::now()) {}

void ChatExchange::run() {
    record_.requestId = util::newRequestId();
    record_.createdAt = util::unixMillis();
    response_.set("X-Request-Id", record_.requestId);
    try {
        execute();
    } catch (const http::ApiError& e) {
        fail(e);
    } catch (const plugins::PluginFailure& e) {
        fail(e.status() == SLUICE_ERR_INVALID_INPUT
                 ? http::ApiError::invalidRequest(e.what())
                 : http::ApiError(502, "upstream_error", "provider_plugin_error", std::string("Provider plugin failed: ") + e.what()));
    } catch (const std::exception& e) {
        Poco::Logger::get("sluice.pipeline").error("request %s failed: %s", record_.requestId, std::string(e.what()));
        fail(http::ApiError(500, "server_error", "internal_error", "Internal error (request " + record_.requestId + ")"));
    }
    record_.latencyMs = util::millisSince(start_);
    if (record_.tokenId != 0) services_.usage.record(std::move(record_));
}

void ChatExchange::execute() {
    http::disableNagle(request_);
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
        Poco::Logger::get("sluice.pipeline")
            .warning("request %s: channel %s failed (%s), %s", record_.requestId, channel->name, std::string(last->what()),
                     std::string(attempts < kMaxAttempts ? "trying the next channel" : "giving up"));
    }
    throw *last;
}

std::optional<http::ApiError> ChatExchange::tryChannel(const catalog::Channel& channel) {
    const plugins::ProviderPlugin* provider = services_.plugins.provider(channel.provider);
    if (!provider)
        return http::ApiError(503, "server_error", "provider_unavailable",
                              "Channel '" + channel.name + "' uses provider '" + channel.provider +
                                  "', but no plugin for it is loaded.");
    record_.channelId = channel.id;
    record_.upstreamModel = channel.upstreamModel(chat_.model);
    const std::string& key = channel.nextKey();
    sluice_provider_call call{sizeof(sluice_provider_call), borrow(channel.baseUrl), borrow(key),
                              borrow(record_.upstreamModel), borrow(channel.optionsJson), borrow(chat_.body),
                              chat_.stream ? 1 : 0, chat_.includeUsage ? 1 : 0};
    plugins::BuiltRequest built = provider->buildRequest(call);
    try {
        if (provider->servesLocally()) {
            relay(*provider, call, [&](const plugins::ByteConsumer& consume) {
                bool stopped = false;
                int status = provider->serveLocally(call, [&](std::string_view bytes) {
                    stopped = stopped || !consume(bytes);
                    return !stopped;
                });
                if (!stopped && (status < 200 || status >= 300))
                    throw upstream::UpstreamFailure(false, "local provider answered HTTP " + std::to_string(status));
            });
            return std::nullopt;
        }
        auto exchange = services_.upstream.send(built);
        if (exchange->status() < 200 || exchange->status() >= 300) return upstreamError(*provider, *exchange);
        relay(*provider, call, [&](const plugins::ByteConsumer& consume) {
            std::string chunk;
            while (exchange->readSome(chunk))
                if (!consume(chunk)) return;
        });
        return std::nullopt;
    } catch (const upstream::UpstreamFailure& failure) {
        if (!anythingSent()) return transportError(failure);
        fail(transportError(failure));
        return std::nullopt;
    } catch (const std::invalid_argument& e) {
        return http::ApiError(502, "upstream_error", "bad_channel_url",
                              "Channel '" + channel.name + "' has an invalid upstream URL: " + e.what());
    }
}

std::optional<http::ApiError> ChatExchange::upstreamError(const plugins::ProviderPlugin& provider,
                                                          upstream::UpstreamExchange& exchange) {
    std::string body;
    try {
        body = exchange.readAll(kMaxErrorBody);
    } catch (const upstream::UpstreamFailure&) {
        body.clear();
    }
    plugins::UpstreamError info = provider.classifyError(exchange.status(), exchange.headers(), body);
    http::ApiError error = fromUpstream(info);
    if (info.errorClass == SLUICE_ERROR_CLIENT) throw error;
    return error;
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
    if (!response_.sent()) http::sendError(response_, error);
}

}  // namespace sluice::pipeline
