// The /v1/chat/completions endpoint.
#pragma once

#include "pipeline/PipelineServices.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

namespace sluice::pipeline {

/** Serves chat completions, streaming or not, through the full pipeline. */
class ChatPipeline {
public:
    explicit ChatPipeline(PipelineServices services) : services_(services) {}

    /** Handles one request; errors are answered in OpenAI's shape. */
    void handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) const;

private:
    PipelineServices services_;
};

}  // namespace sluice::pipeline
