#include "dialects/responses/ResponsesEndpoint.h"

#include "dialects/responses/ResponsesDialect.h"
#include "dialects/responses/ResponsesShapes.h"
#include "pipeline/ChatExchange.h"
#include "pipeline/HeadAuthentication.h"
#include "util/Clock.h"
#include "util/JsonText.h"

#include <Poco/Logger.h>

namespace sluice::dialects {

namespace {

http::ApiError busy() {
    return http::ApiError(503, "server_error", "server_busy", "The server is busy; retry shortly.").withHeader("Retry-After", "1");
}

http::ApiError responseNotFound(std::string_view id) {
    return http::ApiError(404, "invalid_request_error", "not_found", "Response with id '" + std::string(id) + "' not found.");
}

/**
 * Answers a store lookup's outcome: answer(value) when it ran, else the
 * caller's error (an ApiError as it is, anything else a 500 logged with the request id).
 */
template <class Value, class Answer>
void answerStored(const std::shared_ptr<http::RequestContext>& context, Value&& value, std::exception_ptr failure, Answer answer) {
    try {
        if (failure) std::rethrow_exception(failure);
        answer(std::forward<Value>(value));
    } catch (const http::ApiError& e) {
        context->sendError(e);
    } catch (const std::exception& e) {
        Poco::Logger::get("sluice.responses").error("request %s: %s", context->requestId, std::string(e.what()));
        context->sendError(http::ApiError(500, "server_error", "internal_error",
                                          "The response store failed (request " + context->requestId + ")."));
    }
}

}  // namespace

void ResponsesEndpoint::create(const std::shared_ptr<http::RequestContext>& context) const {
    const int64_t tokenId = pipeline::HeadAuthentication::tokenOf(context->request).id;
    auto request = std::make_shared<const ResponsesRequest>(context->request.body);
    context->request.body.clear();
    const std::string& previousId = request->previousResponseId();
    if (previousId.empty()) return start(context, *request, nullptr, tokenId);
    const bool accepted = archive_.find(
        context->channel->loop(), previousId, tokenId,
        [this, context, request, tokenId](std::optional<store::StoredResponse> previous, std::exception_ptr failure) {
            answerStored(context, std::move(previous), failure, [&](std::optional<store::StoredResponse> found) {
                if (!found)
                    throw http::ApiError(404, "invalid_request_error", "previous_response_not_found",
                                         "Previous response with id '" + request->previousResponseId() + "' not found.")
                        .withParam("previous_response_id");
                start(context, *request, &*found, tokenId);
            });
        });
    if (!accepted) throw busy();
}

void ResponsesEndpoint::start(const std::shared_ptr<http::RequestContext>& context, const ResponsesRequest& request,
                              const store::StoredResponse* previous, int64_t tokenId) const {
    ResponsesTurn turn;
    turn.id = responses::newResponseId();
    turn.createdAt = util::unixMillis() / 1000;
    turn.tokenId = tokenId;
    context->request.body = request.toCanonical(previous, turn);
    auto dialect = std::make_shared<const ResponsesDialect>(archive_, std::move(turn));
    std::make_shared<pipeline::ChatExchange>(services_, std::move(dialect), context)->start();
}

void ResponsesEndpoint::retrieve(const std::shared_ptr<http::RequestContext>& context) const {
    const int64_t tokenId = pipeline::HeadAuthentication::tokenOf(context->request).id;
    std::string id(context->pathParam("id"));
    const bool accepted = archive_.find(
        context->channel->loop(), id, tokenId,
        [context, id](std::optional<store::StoredResponse> response, std::exception_ptr failure) {
            answerStored(context, std::move(response), failure, [&](std::optional<store::StoredResponse> found) {
                if (!found) throw responseNotFound(id);
                context->sendJson(200, found->responseJson);
            });
        });
    if (!accepted) throw busy();
}

void ResponsesEndpoint::remove(const std::shared_ptr<http::RequestContext>& context) const {
    const int64_t tokenId = pipeline::HeadAuthentication::tokenOf(context->request).id;
    std::string id(context->pathParam("id"));
    const bool accepted = archive_.remove(context->channel->loop(), id, tokenId, [context, id](bool deleted, std::exception_ptr failure) {
        answerStored(context, deleted, failure, [&](bool found) {
            if (!found) throw responseNotFound(id);
            context->sendJson(200, R"({"id":)" + util::jsonQuote(id) + R"(,"object":"response","deleted":true})");
        });
    });
    if (!accepted) throw busy();
}

}  // namespace sluice::dialects
