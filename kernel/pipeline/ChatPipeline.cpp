#include "pipeline/ChatPipeline.h"

#include "pipeline/ChatExchange.h"

namespace sluice::pipeline {

void ChatPipeline::handle(const std::shared_ptr<http::RequestContext>& context) const {
    std::make_shared<ChatExchange>(services_, dialect_, context)->start();
}

}  // namespace sluice::pipeline
