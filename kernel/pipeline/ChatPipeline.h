// The /v1/chat/completions endpoint.
#pragma once

#include "http/RequestContext.h"
#include "pipeline/PipelineServices.h"

namespace sluice::pipeline {

/** Serves chat completions, streaming or not, through the full pipeline. */
class ChatPipeline {
public:
    explicit ChatPipeline(PipelineServices services) : services_(services) {}

    /** Starts one request; it answers asynchronously, in OpenAI's shape on errors. */
    void handle(const std::shared_ptr<http::RequestContext>& context) const;

private:
    PipelineServices services_;
};

}  // namespace sluice::pipeline
