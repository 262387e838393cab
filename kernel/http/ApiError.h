// An error answered to the caller in OpenAI's shape: {"error":{"message","type","code"}}.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace sluice::http {

/** A failure that ends a request with an HTTP status and an OpenAI-shaped body. */
class ApiError : public std::runtime_error {
public:
    ApiError(int status, std::string type, std::string code, const std::string& message)
        : std::runtime_error(message), status_(status), type_(std::move(type)), code_(std::move(code)) {}

    /** An error whose OpenAI-shaped body came from elsewhere (an upstream's client error), sent unchanged. */
    static ApiError withBody(int status, const std::string& message, std::string body) {
        ApiError error(status, "invalid_request_error", "upstream_client_error", message);
        error.body_ = std::move(body);
        return error;
    }

    /** 400: the request itself is wrong. */
    static ApiError invalidRequest(const std::string& message, const std::string& code = "invalid_request") {
        return ApiError(400, "invalid_request_error", code, message);
    }

    /** The same error, answered with one more response header (Retry-After, WWW-Authenticate). */
    ApiError withHeader(std::string name, std::string value) && {
        headers_.emplace_back(std::move(name), std::move(value));
        return std::move(*this);
    }

    /** The same error, naming the request field at fault (OpenAI's 'param'). */
    ApiError withParam(std::string param) && {
        param_ = std::move(param);
        return std::move(*this);
    }

    /** The request field at fault, or "" when the error names none. */
    const std::string& param() const noexcept { return param_; }

    /** Response headers the answer carries besides Content-Type and X-Request-Id. */
    const std::vector<std::pair<std::string, std::string>>& headers() const noexcept { return headers_; }

    int status() const noexcept { return status_; }
    const std::string& type() const noexcept { return type_; }
    const std::string& code() const noexcept { return code_; }

    /** The JSON body: {"error":{"message":...,"type":...,"param":...,"code":...}} (param null when none). */
    std::string toJson() const;

    /** What the caller should read: the message, or for an upstream's error passed on, the upstream's own message. */
    std::string callerMessage() const;

private:
    int status_;
    std::string type_;
    std::string code_;
    std::string param_;
    std::string body_;  // when set, the body as is
    std::vector<std::pair<std::string, std::string>> headers_;
};

}  // namespace sluice::http
