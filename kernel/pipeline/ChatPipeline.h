// A chat endpoint in one inbound dialect (/v1/chat/completions, /v1/messages).
#pragma once

#include "dialects/Dialect.h"
#include "http/RequestContext.h"
#include "pipeline/PipelineServices.h"

namespace sluice::pipeline {

/** Serves chat requests of one dialect, streaming or not, through the full pipeline over any channel. */
class ChatPipeline {
public:
    /** dialect outlives the pipeline (its requests borrow it, owning nothing). */
    ChatPipeline(PipelineServices services, const dialects::Dialect& dialect)
        : services_(services), dialect_(std::shared_ptr<void>(), &dialect) {}

    /** Starts one request; it answers asynchronously, in the dialect's own shape on errors too. */
    void handle(const std::shared_ptr<http::RequestContext>& context) const;

private:
    PipelineServices services_;
    std::shared_ptr<const dialects::Dialect> dialect_;
};

}  // namespace sluice::pipeline
