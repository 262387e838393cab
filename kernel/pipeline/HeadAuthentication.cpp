#include "pipeline/HeadAuthentication.h"

#include "http/ApiError.h"
#include "pipeline/Authenticator.h"

namespace sluice::pipeline {

void HeadAuthentication::operator()(net::HttpRequest& head, net::EventLoop& loop) const {
    LoopSnapshots& snapshots = snapshots_.forLoop(loop);
    std::shared_ptr<const catalog::Catalog> catalog = snapshots.catalog.get();
    const catalog::Token& token = Authenticator(*snapshots.plugins.get()).authenticate(head.headers, head.query, *catalog);
    head.principal = std::shared_ptr<const void>(std::move(catalog), &token);  // owns the catalog, points at its token
}

const catalog::Token& HeadAuthentication::tokenOf(const net::HttpRequest& request) {
    if (!request.principal)
        throw http::ApiError(401, "invalid_request_error", "missing_api_key", "The request was not authenticated.");
    return *static_cast<const catalog::Token*>(request.principal.get());
}

}  // namespace sluice::pipeline
