#include "ServerTestClient.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kReceiveTimeoutSeconds = 5;

std::string lowerCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace

ServerTestClient::ServerTestClient(uint16_t port, int receiveBufferBytes) {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ < 0) throw std::runtime_error("socket failed");
    if (receiveBufferBytes > 0) ::setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &receiveBufferBytes, sizeof receiveBufferBytes);
    timeval timeout{kReceiveTimeoutSeconds, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd_);
        throw std::runtime_error(std::string("connect failed: ") + std::strerror(errno));
    }
}

ServerTestClient::~ServerTestClient() { close(); }

void ServerTestClient::send(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (sent < 0) throw std::runtime_error(std::string("send failed: ") + std::strerror(errno));
        bytes.remove_prefix(static_cast<size_t>(sent));
    }
}

TestResponse ServerTestClient::readResponse() {
    TestResponse response = readHead();
    const std::string_view length = sluice::net::headerValue(response.headers, "content-length");
    if (!length.empty()) {
        response.body = take(std::stoul(std::string(length)));
    } else if (sluice::net::headerValue(response.headers, "transfer-encoding") == "chunked") {
        for (std::string chunk = readChunk(); !chunk.empty(); chunk = readChunk()) response.body += chunk;
    } else {
        try {
            while (true) fill();
        } catch (const std::runtime_error&) {
        }
        response.body = std::move(buffer_);
        buffer_.clear();
    }
    return response;
}

TestResponse ServerTestClient::readHead() {
    TestResponse response;
    const std::string statusLine = takeLine();
    if (statusLine.rfind("HTTP/1.1 ", 0) != 0) throw std::runtime_error("bad status line: " + statusLine);
    response.status = std::stoi(statusLine.substr(9, 3));
    for (std::string line = takeLine(); !line.empty(); line = takeLine()) {
        const size_t colon = line.find(':');
        const size_t valueStart = line.find_first_not_of(' ', colon + 1);
        response.headers.emplace_back(lowerCase(line.substr(0, colon)),
                                      valueStart == std::string::npos ? "" : line.substr(valueStart));
    }
    return response;
}

std::string ServerTestClient::readChunk() {
    const size_t size = std::stoul(takeLine(), nullptr, 16);
    if (size == 0) {
        while (!takeLine().empty()) {
        }
        return {};
    }
    std::string data = take(size);
    if (!takeLine().empty()) throw std::runtime_error("chunk not followed by CRLF");
    return data;
}

std::string ServerTestClient::readUntilClose() {
    try {
        for (;;) fill();
    } catch (const std::runtime_error&) {  // fill() throws at the end of the stream, and on timeout
    }
    return std::move(buffer_);
}

bool ServerTestClient::waitForClose(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char scratch[65536];
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        pollfd descriptor{fd_, POLLIN, 0};
        if (::poll(&descriptor, 1, static_cast<int>(left.count())) <= 0) return false;
        const ssize_t received = ::recv(fd_, scratch, sizeof scratch, 0);
        if (received <= 0) return true;
    }
}

void ServerTestClient::shutdownWrite() { ::shutdown(fd_, SHUT_WR); }

void ServerTestClient::close(bool reset) {
    if (fd_ < 0) return;
    if (reset) {
        linger abortive{1, 0};
        ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
    }
    ::close(fd_);
    fd_ = -1;
}

void ServerTestClient::fill() {
    char scratch[65536];
    const ssize_t received = ::recv(fd_, scratch, sizeof scratch, 0);
    if (received == 0) throw std::runtime_error("connection closed by the server");
    if (received < 0) throw std::runtime_error(std::string("recv failed: ") + std::strerror(errno));
    buffer_.append(scratch, static_cast<size_t>(received));
}

std::string ServerTestClient::takeLine() {
    size_t end = buffer_.find("\r\n");
    while (end == std::string::npos) {
        fill();
        end = buffer_.find("\r\n");
    }
    std::string line = buffer_.substr(0, end);
    buffer_.erase(0, end + 2);
    return line;
}

std::string ServerTestClient::take(size_t bytes) {
    while (buffer_.size() < bytes) fill();
    std::string data = buffer_.substr(0, bytes);
    buffer_.erase(0, bytes);
    return data;
}
