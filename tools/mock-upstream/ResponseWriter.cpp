#include "ResponseWriter.h"

namespace sluice::mock {
namespace {

std::string_view reasonPhrase(int status) {
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status < 500 ? "Client Error" : "Server Error";
    }
}

}  // namespace

void ResponseWriter::writeHead(std::string& out, const Context& context, int status, std::string_view contentType,
                               Framing framing, std::size_t contentLength) {
    out += "HTTP/1.1 ";
    appendNumber(out, static_cast<std::uint64_t>(status));
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\ncontent-type: ";
    out += contentType;
    if (framing == Framing::ContentLength) {
        out += "\r\ncontent-length: ";
        appendNumber(out, contentLength);
    } else if (framing == Framing::Chunked) {
        out += "\r\ntransfer-encoding: chunked\r\ncache-control: no-cache";
    } else {
        out += "\r\ncache-control: no-cache";
    }
    if (status == 429) {
        out += "\r\nretry-after: 1";
    }
    out += "\r\nx-mock-request-model: ";
    out += context.model;
    out += "\r\nx-mock-key-suffix: ";
    out += context.keySuffix;
    if (!context.keepAlive) {
        out += "\r\nconnection: close";
    } else if (context.http10) {
        out += "\r\nconnection: keep-alive";
    }
    out += "\r\n\r\n";
}

void ResponseWriter::writeBodyResponse(std::string& out, const Context& context, int status,
                                       std::string_view contentType) {
    writeHead(out, context, status, contentType, Framing::ContentLength, body_.size());
    out += body_;
}

void ResponseWriter::writeStreamHead(std::string& out, const Context& context, std::string_view contentType) {
    writeHead(out, context, 200, contentType, context.http10 ? Framing::UntilClose : Framing::Chunked, 0);
}

}  // namespace sluice::mock
