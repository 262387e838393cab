// Helpers over one Poco server request/response pair.
#pragma once

#include "http/ApiError.h"
#include "plugins/ProviderPlugin.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

namespace sluice::http {

/** Request headers with lower-case names, as plugins receive them. */
plugins::HeaderList lowerCaseHeaders(const Poco::Net::HTTPServerRequest& request);

/** The query string of the request URI (without '?'). */
std::string queryOf(const Poco::Net::HTTPServerRequest& request);

/** Reads the body, refusing more than maxBytes with 413. */
std::string readBody(Poco::Net::HTTPServerRequest& request, size_t maxBytes);

/** Sends a complete JSON response. */
void sendJson(Poco::Net::HTTPServerResponse& response, int status, const std::string& body);

/** Sends an ApiError as OpenAI-shaped JSON. */
void sendError(Poco::Net::HTTPServerResponse& response, const ApiError& error);

/**
 * Prepares the client connection for streaming: Nagle off so each event
 * leaves at once, and a send timeout so a client that stops reading cannot
 * hold a worker thread (and its upstream) forever.
 */
void prepareClientSocket(Poco::Net::HTTPServerRequest& request, int sendTimeoutMs);

}  // namespace sluice::http
