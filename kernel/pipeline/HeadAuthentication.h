// The first stage of an API route: authenticate on the headers, before the body is read.
#pragma once

#include "catalog/Token.h"
#include "net/HttpMessage.h"
#include "net/PerLoop.h"
#include "pipeline/LoopSnapshots.h"

namespace sluice::pipeline {

/**
 * Authenticates a request from its head alone, so a caller without a valid
 * key is refused with a 401 before it can send (and make the gateway hold) a
 * body, and before any parser sees that body. The token found is recorded in
 * the request as its principal, together with the catalog it belongs to.
 */
class HeadAuthentication {
public:
    explicit HeadAuthentication(const net::PerLoop<LoopSnapshots>& snapshots) : snapshots_(snapshots) {}

    /** Authenticates head with loop's snapshots; throws http::ApiError 401 when the caller has no valid key. */
    void operator()(net::HttpRequest& head, net::EventLoop& loop) const;

    /** The token a request was admitted with; throws http::ApiError 401 when it passed no HeadAuthentication. */
    static const catalog::Token& tokenOf(const net::HttpRequest& request);

private:
    const net::PerLoop<LoopSnapshots>& snapshots_;
};

}  // namespace sluice::pipeline
