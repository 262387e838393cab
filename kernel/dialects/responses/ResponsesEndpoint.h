// The /v1/responses routes: the Responses API over any channel, with the store served by the gateway.
#pragma once

#include "dialects/responses/ResponseArchive.h"
#include "dialects/responses/ResponsesRequest.h"
#include "http/RequestContext.h"
#include "pipeline/PipelineServices.h"

#include <memory>

namespace sluice::dialects {

/**
 * Serves POST /v1/responses through the chat pipeline (loading first, off
 * the loop, the stored response a previous_response_id continues), and GET
 * and DELETE /v1/responses/{id} from the store. A stored response belongs to
 * the token that created it: any other token is told it does not exist.
 */
class ResponsesEndpoint {
public:
    /** archive outlives the endpoint. */
    ResponsesEndpoint(pipeline::PipelineServices services, const ResponseArchive& archive)
        : services_(services), archive_(archive) {}

    /** POST /v1/responses; answers asynchronously. */
    void create(const std::shared_ptr<http::RequestContext>& context) const;

    /** GET /v1/responses/{id}: the Response as it was answered. */
    void retrieve(const std::shared_ptr<http::RequestContext>& context) const;

    /** DELETE /v1/responses/{id}: {"id":...,"object":"response","deleted":true}. */
    void remove(const std::shared_ptr<http::RequestContext>& context) const;

private:
    /** Converts request (continuing previous, when given) and runs it through the chat pipeline. */
    void start(const std::shared_ptr<http::RequestContext>& context, const ResponsesRequest& request,
               const store::StoredResponse* previous, int64_t tokenId) const;

    pipeline::PipelineServices services_;
    const ResponseArchive& archive_;
};

}  // namespace sluice::dialects
