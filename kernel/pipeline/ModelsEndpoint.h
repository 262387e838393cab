// The /v1/models endpoint: the models the calling token may use.
#pragma once

#include "http/RequestContext.h"
#include "pipeline/PipelineServices.h"

namespace sluice::pipeline {

/** Lists models in OpenAI's list shape, filtered by the caller's token and group. */
class ModelsEndpoint {
public:
    explicit ModelsEndpoint(PipelineServices services) : services_(services) {}

    /** Answers one request; a missing or bad key is a 401. */
    void handle(const std::shared_ptr<http::RequestContext>& context) const;

private:
    PipelineServices services_;
};

}  // namespace sluice::pipeline
