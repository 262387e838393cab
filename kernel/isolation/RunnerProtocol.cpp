#include "isolation/RunnerProtocol.h"

#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace sluice::isolation {

namespace {

/** Appends fixed-size integers (host byte order: both ends run on one machine) and length-prefixed strings. */
class ByteWriter {
public:
    template <class Integer>
    void integer(Integer value) {
        static_assert(std::is_integral_v<Integer>);
        out_.append(reinterpret_cast<const char*>(&value), sizeof(value));
    }

    void text(std::string_view value) {
        integer(static_cast<uint32_t>(value.size()));
        out_.append(value);
    }

    void headers(const plugins::HeaderList& list) {
        integer(static_cast<uint32_t>(list.size()));
        for (const auto& [name, value] : list) {
            text(name);
            text(value);
        }
    }

    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

/** Reads what ByteWriter wrote; throws std::runtime_error on a truncated payload. */
class ByteReader {
public:
    explicit ByteReader(std::string_view in) : in_(in) {}

    template <class Integer>
    Integer integer() {
        static_assert(std::is_integral_v<Integer>);
        Integer value;
        std::memcpy(&value, take(sizeof(value)).data(), sizeof(value));
        return value;
    }

    std::string text() { return std::string(take(integer<uint32_t>())); }

    /** An element count, checked against the bytes left so a corrupt one cannot trigger a huge allocation. */
    size_t count(size_t minimumBytesEach) {
        auto n = integer<uint32_t>();
        if (n > in_.size() / minimumBytesEach) throw std::runtime_error("runner frame is truncated");
        return n;
    }

    plugins::HeaderList headers() {
        plugins::HeaderList list(count(2 * sizeof(uint32_t)));
        for (auto& [name, value] : list) {
            name = text();
            value = text();
        }
        return list;
    }

    void requireEnd() const {
        if (!in_.empty())
            throw std::runtime_error("runner frame has " + std::to_string(in_.size()) + " trailing bytes");
    }

private:
    std::string_view take(size_t size) {
        if (size > in_.size()) throw std::runtime_error("runner frame is truncated");
        std::string_view part = in_.substr(0, size);
        in_.remove_prefix(size);
        return part;
    }

    std::string_view in_;
};

sluice_str view(const std::string& text) {
    return sluice_str{text.data(), text.size()};
}

}  // namespace

RunnerCall RunnerCall::from(const sluice_provider_call& call) {
    auto copy = [](sluice_str s) { return std::string(s.data, s.size); };
    return RunnerCall{copy(call.base_url),        copy(call.api_key),      copy(call.upstream_model),
                      copy(call.channel_options), copy(call.request_body), call.stream,
                      call.include_usage,         copy(call.format),       copy(call.operation)};
}

sluice_provider_call RunnerCall::abi() const {
    return sluice_provider_call{sizeof(sluice_provider_call), view(baseUrl),     view(apiKey), view(upstreamModel),
                                view(channelOptions),         view(requestBody), stream,       includeUsage,
                                view(format),                 view(operation)};
}

std::string encodeRequest(const RunnerRequest& request) {
    ByteWriter out;
    out.integer(static_cast<uint8_t>(request.operation));
    const RunnerCall& call = request.call;
    for (const std::string* field : {&call.baseUrl, &call.apiKey, &call.upstreamModel, &call.channelOptions,
                                     &call.requestBody, &call.format, &call.operation, &request.bytes})
        out.text(*field);
    out.integer(call.stream);
    out.integer(call.includeUsage);
    out.integer(request.httpStatus);
    out.headers(request.headers);
    out.integer(request.streamId);
    return out.take();
}

RunnerRequest decodeRequest(std::string_view payload) {
    ByteReader in(payload);
    RunnerRequest request;
    request.operation = static_cast<RunnerOperation>(in.integer<uint8_t>());
    RunnerCall& call = request.call;
    for (std::string* field : {&call.baseUrl, &call.apiKey, &call.upstreamModel, &call.channelOptions,
                               &call.requestBody, &call.format, &call.operation, &request.bytes})
        *field = in.text();
    call.stream = in.integer<int32_t>();
    call.includeUsage = in.integer<int32_t>();
    request.httpStatus = in.integer<int32_t>();
    request.headers = in.headers();
    request.streamId = in.integer<uint64_t>();
    in.requireEnd();
    return request;
}

std::string encodeResponse(const RunnerResponse& response) {
    ByteWriter out;
    out.integer(static_cast<int32_t>(response.status));
    out.text(response.error);
    out.integer(static_cast<uint32_t>(response.writes.size()));
    for (const std::string& write : response.writes) out.text(write);
    out.text(response.method);
    out.text(response.url);
    out.headers(response.headers);
    const sluice_usage& usage = response.usage;
    for (int64_t count : {usage.prompt_tokens, usage.completion_tokens, usage.total_tokens, usage.cached_prompt_tokens,
                          usage.reasoning_tokens})
        out.integer(count);
    out.integer(static_cast<int32_t>(response.errorInfo.error_class));
    out.integer(response.errorInfo.client_status);
    out.integer(response.errorInfo.retry_after_ms);
    out.integer(response.streamId);
    return out.take();
}

RunnerResponse decodeResponse(std::string_view payload) {
    ByteReader in(payload);
    RunnerResponse response;
    response.status = static_cast<sluice_status>(in.integer<int32_t>());
    response.error = in.text();
    response.writes.resize(in.count(sizeof(uint32_t)));
    for (std::string& write : response.writes) write = in.text();
    response.method = in.text();
    response.url = in.text();
    response.headers = in.headers();
    sluice_usage& usage = response.usage;
    for (int64_t* count : {&usage.prompt_tokens, &usage.completion_tokens, &usage.total_tokens,
                           &usage.cached_prompt_tokens, &usage.reasoning_tokens})
        *count = in.integer<int64_t>();
    response.errorInfo.error_class = static_cast<sluice_error_class>(in.integer<int32_t>());
    response.errorInfo.client_status = in.integer<int32_t>();
    response.errorInfo.retry_after_ms = in.integer<int64_t>();
    response.streamId = in.integer<uint64_t>();
    in.requireEnd();
    return response;
}

}  // namespace sluice::isolation
