#include "pipeline/ChatPipeline.h"

#include "pipeline/ChatExchange.h"

namespace sluice::pipeline {

void ChatPipeline::handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) const {
    ChatExchange(services_, request, response).run();
}

}  // namespace sluice::pipeline
