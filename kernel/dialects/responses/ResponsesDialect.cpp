#include "dialects/responses/ResponsesDialect.h"

#include "dialects/responses/ResponsesResponse.h"
#include "dialects/responses/ResponsesStream.h"

#include <Poco/Logger.h>

namespace sluice::dialects {

pipeline::ChatRequest ResponsesDialect::parse(std::string body, const http::RequestContext&) const {
    return pipeline::ChatRequest::parse(std::move(body));
}

std::string ResponsesDialect::renderBody(std::string canonicalBody, const pipeline::ChatRequest&) const {
    return ResponsesResponse::fromCanonical(canonicalBody, turn_);
}

std::unique_ptr<StreamRenderer> ResponsesDialect::newStream(const pipeline::ChatRequest&, const http::RequestContext&) const {
    return std::make_unique<ResponsesStream>(turn_);
}

std::string ResponsesDialect::errorBody(const http::ApiError& error) const { return error.toJson(); }

bool ResponsesDialect::keep(std::string_view answer, const http::RequestContext& context,
                            const std::function<void()>& resume) const {
    if (!turn_.store) return false;
    store::StoredResponse response{turn_.id, turn_.tokenId, turn_.createdAt, turn_.conversation, std::string(answer)};
    const bool accepted = archive_.insert(context.channel->loop(), std::move(response),
                                          [resume, id = turn_.id, requestId = context.requestId](std::exception_ptr failure) {
        try {
            if (failure) std::rethrow_exception(failure);
        } catch (const std::exception& e) {
            Poco::Logger::get("sluice.responses").error("request %s: response %s not stored: %s", requestId, id,
                                                        std::string(e.what()));
        }
        resume();
    });
    if (!accepted)
        Poco::Logger::get("sluice.responses").warning("request %s: response %s not stored: the executor is busy",
                                                      context.requestId, turn_.id);
    return accepted;
}

}  // namespace sluice::dialects
