#include "http/HttpServer.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>

namespace sluice::http {

HttpServer::HttpServer(const std::string& host, uint16_t port, int maxThreads, int maxQueued,
                       Poco::SharedPtr<Router> router)
    : pool_("sluice-http", 2, maxThreads) {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(host, port), 1024);
    Poco::AutoPtr<Poco::Net::HTTPServerParams> params(new Poco::Net::HTTPServerParams);
    params->setMaxThreads(maxThreads);
    params->setMaxQueued(maxQueued);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(0);
    params->setKeepAliveTimeout(Poco::Timespan(30, 0));
    params->setServerName("sluice");
    server_ = std::make_unique<Poco::Net::HTTPServer>(Poco::SharedPtr<Poco::Net::HTTPRequestHandlerFactory>(router),
                                                      pool_, socket, params);
}

HttpServer::~HttpServer() { stop(); }

void HttpServer::start() { server_->start(); }

void HttpServer::stop() {
    if (server_) server_->stopAll(false);
}

uint16_t HttpServer::port() const { return server_->port(); }

}  // namespace sluice::http
