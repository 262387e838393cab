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

/** Turns off Nagle on the request's connection so streamed chunks leave at once. */
void disableNagle(Poco::Net::HTTPServerRequest& request);

}  // namespace sluice::http
