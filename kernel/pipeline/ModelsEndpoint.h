// The /v1/models endpoint: the models the calling token may use.
#pragma once

#include "pipeline/PipelineServices.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

namespace sluice::pipeline {

/** Lists models in OpenAI's list shape, filtered by the caller's token and group. */
class ModelsEndpoint {
public:
    explicit ModelsEndpoint(PipelineServices services) : services_(services) {}

    /** Handles one request; a missing or bad key is a 401. */
    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) const;

private:
    PipelineServices services_;
};

}  // namespace sluice::pipeline
