#include "net/ResponseFormat.h"

#include "net/HttpText.h"

#include <algorithm>
#include <charconv>

namespace sluice::net {

namespace {

bool isFramingHeader(std::string_view name) noexcept {
    return equalsIgnoringCase(name, "content-length") || equalsIgnoringCase(name, "transfer-encoding") ||
           equalsIgnoringCase(name, "connection");
}

bool isSafeValue(std::string_view value) noexcept {
    return std::none_of(value.begin(), value.end(), [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
}

void appendNumber(std::string& out, size_t value) {
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, static_cast<size_t>(end - digits));
}

void appendJsonString(std::string& out, std::string_view text) {
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (static_cast<unsigned char>(c) < ' ') continue;
        out += c;
    }
    out += '"';
}

}  // namespace

std::string_view reasonPhrase(int status) noexcept {
    switch (status) {
        case 100: return "Continue";
        case 101: return "Switching Protocols";
        case 200: return "OK";
        case 201: return "Created";
        case 202: return "Accepted";
        case 204: return "No Content";
        case 206: return "Partial Content";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 303: return "See Other";
        case 304: return "Not Modified";
        case 307: return "Temporary Redirect";
        case 308: return "Permanent Redirect";
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 402: return "Payment Required";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 406: return "Not Acceptable";
        case 408: return "Request Timeout";
        case 409: return "Conflict";
        case 410: return "Gone";
        case 411: return "Length Required";
        case 412: return "Precondition Failed";
        case 413: return "Content Too Large";
        case 414: return "URI Too Long";
        case 415: return "Unsupported Media Type";
        case 417: return "Expectation Failed";
        case 422: return "Unprocessable Content";
        case 425: return "Too Early";
        case 426: return "Upgrade Required";
        case 429: return "Too Many Requests";
        case 431: return "Request Header Fields Too Large";
        case 499: return "Client Closed Request";
        case 500: return "Internal Server Error";
        case 501: return "Not Implemented";
        case 502: return "Bad Gateway";
        case 503: return "Service Unavailable";
        case 504: return "Gateway Timeout";
        case 505: return "HTTP Version Not Supported";
        default: return "Unknown";
    }
}

bool statusForbidsBody(int status) noexcept { return status < 200 || status == 204 || status == 304; }

void appendResponseHead(std::string& out, int status, const Headers& headers, BodyFraming framing,
                        size_t contentLength, bool keepAlive) {
    if (status < 100 || status > 999) status = 500;
    out += "HTTP/1.1 ";
    appendNumber(out, static_cast<size_t>(status));
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\n";
    for (const auto& [name, value] : headers) {
        if (!isToken(name) || isFramingHeader(name) || !isSafeValue(value)) continue;
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (!statusForbidsBody(status)) {
        if (framing == BodyFraming::ContentLength) {
            out += "Content-Length: ";
            appendNumber(out, contentLength);
            out += "\r\n";
        } else if (framing == BodyFraming::Chunked) {
            out += "Transfer-Encoding: chunked\r\n";
        }
    }
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
}

std::string errorBody(std::string_view message, std::string_view type, std::string_view code) {
    std::string body = R"({"error":{"message":)";
    appendJsonString(body, message);
    body += R"(,"type":)";
    appendJsonString(body, type);
    body += R"(,"param":null,"code":)";
    appendJsonString(body, code);
    body += "}}";
    return body;
}

}  // namespace sluice::net
