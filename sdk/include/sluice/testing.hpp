// The SDK test kit: a fake host and a harness that drives a plugin through its
// C ABI exactly as the kernel does, so a vendor unit-tests a plugin with no kernel.
#pragma once

#include <sluice/abi.h>
#include <sluice/host.hpp>

#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::testing {

/** The bytes of a recorded fixture file, directory/name; throws std::runtime_error when it is missing or empty. */
inline std::string readFixture(const std::string& directory, const std::string& name) {
    std::ifstream in(directory + "/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (bytes.str().empty()) throw std::runtime_error("missing fixture " + name);
    return bytes.str();
}

/** A host services table that records what plugins log and count, and answers HTTP and secrets from scripts. */
class FakeHost {
public:
    FakeHost() {
        api_.struct_size = sizeof(sluice_host_api);
        api_.abi_major = SLUICE_ABI_MAJOR;
        api_.abi_minor = SLUICE_ABI_MINOR;
        api_.ctx = this;
        api_.log = [](void* ctx, sluice_log_level, const char* message, size_t size) {
            static_cast<FakeHost*>(ctx)->logs.emplace_back(message, size);
        };
        api_.counter_add = [](void* ctx, const char* name, size_t size, int64_t delta) {
            static_cast<FakeHost*>(ctx)->counters.emplace_back(std::string(name, size), delta);
            return SLUICE_OK;
        };
        api_.http_fetch = &FakeHost::httpFetch;
        api_.secret_get = &FakeHost::secretGet;
    }
    FakeHost(const FakeHost&) = delete;
    FakeHost& operator=(const FakeHost&) = delete;

    /** The table to pass to an entry point or create(). */
    const sluice_host_api* api() const noexcept { return &api_; }

    std::vector<std::string> logs;
    std::vector<std::pair<std::string, int64_t>> counters;
    /** Scripted answers to http_fetch by exact URL; any other URL is denied, as a missing egress grant would be. */
    std::map<std::string, HttpResponse> httpResponses;
    /** The HTTP requests the plugin made, in order. */
    std::vector<HttpRequest> httpRequests;
    /** Secrets by name; any other name is denied, as a missing permissions.secrets entry would be. */
    std::map<std::string, std::string> secrets;

private:
    static sluice_status fail(sluice_writer* err, sluice_status status, const std::string& message) {
        err->write(err->ctx, message.data(), message.size());
        return status;
    }

    static sluice_status httpFetch(void* ctx, const sluice_http_request* r, int32_t* status, sluice_writer* body,
                                   sluice_writer* err) {
        auto* self = static_cast<FakeHost*>(ctx);
        HttpRequest seen;
        seen.method.assign(r->method.data, r->method.size);
        seen.url.assign(r->url.data, r->url.size);
        for (size_t i = 0; i < r->header_count; ++i)
            seen.headers.emplace_back(std::string(r->headers[i].name.data, r->headers[i].name.size),
                                      std::string(r->headers[i].value.data, r->headers[i].value.size));
        seen.body.assign(r->body.data, r->body.size);
        seen.timeoutMs = r->timeout_ms;
        self->httpRequests.push_back(seen);
        auto it = self->httpResponses.find(seen.url);
        if (it == self->httpResponses.end()) return fail(err, SLUICE_ERR_DENIED, "egress to " + seen.url + " denied");
        *status = it->second.status;
        return body->write(body->ctx, it->second.body.data(), it->second.body.size());
    }

    static sluice_status secretGet(void* ctx, const char* name, size_t size, sluice_writer* value, sluice_writer* err) {
        auto* self = static_cast<FakeHost*>(ctx);
        auto it = self->secrets.find(std::string(name, size));
        if (it == self->secrets.end()) return fail(err, SLUICE_ERR_DENIED, "secret " + std::string(name, size) + " denied");
        return value->write(value->ctx, it->second.data(), it->second.size());
    }

    sluice_host_api api_{};
};

/** Collects writer output; each write() is kept as one unit. */
class Collector {
public:
    Collector() : writer_{this, [](void* ctx, const char* data, size_t size) {
                              static_cast<Collector*>(ctx)->units.emplace_back(data, size);
                              return SLUICE_OK;
                          }} {}
    Collector(const Collector&) = delete;
    Collector& operator=(const Collector&) = delete;

    sluice_writer* abi() noexcept { return &writer_; }

    /** All units concatenated. */
    std::string joined() const {
        std::string out;
        for (const auto& u : units) out += u;
        return out;
    }

    std::vector<std::string> units;

private:
    sluice_writer writer_;
};

/** An upstream request as a provider built it. */
struct BuiltRequest {
    std::string method;
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    /** The value of the first header with this name (case-sensitive), or "". */
    std::string header(const std::string& name) const {
        for (const auto& [n, v] : headers)
            if (n == name) return v;
        return {};
    }
};

/** Canonical events and usage produced by translating one stream. */
struct StreamResult {
    std::vector<std::string> events;
    sluice_usage usage{};
};

/** Inputs of one provider call; strings are owned here and lent to the plugin. */
struct CallSpec {
    std::string baseUrl = "https://upstream.example/v1";
    std::string apiKey = "sk-upstream-test";
    std::string upstreamModel = "gpt-4o-mini";
    std::string channelOptions = "{}";
    std::string requestBody = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})";
    bool stream = false;
    bool includeUsage = false;
    std::string format = "openai-chat";
    std::string operation = "chat";

    sluice_provider_call abi() const {
        auto s = [](const std::string& v) { return sluice_str{v.data(), v.size()}; };
        return sluice_provider_call{sizeof(sluice_provider_call), s(baseUrl), s(apiKey), s(upstreamModel),
                                    s(channelOptions), s(requestBody), stream ? 1 : 0, includeUsage ? 1 : 0,
                                    s(format), s(operation)};
    }
};

/** Drives a provider plugin's vtable; throws std::runtime_error with the plugin's message on failure. */
class ProviderHarness {
public:
    /** Calls the plugin's entry point (link the plugin into the test) and creates an instance. */
    ProviderHarness(sluice_entry_fn entry, const std::string& config = "{}") {
        descriptor_ = entry(host_.api());
        if (!descriptor_ || descriptor_->kind != SLUICE_KIND_PROVIDER) throw std::runtime_error("not a provider plugin");
        vtable_ = static_cast<const sluice_provider_vtable*>(descriptor_->vtable);
        Collector err;
        check(vtable_->create(host_.api(), {config.data(), config.size()}, &instance_, err.abi()), err);
    }
    ~ProviderHarness() {
        if (instance_) vtable_->destroy(instance_);
    }
    ProviderHarness(const ProviderHarness&) = delete;
    ProviderHarness& operator=(const ProviderHarness&) = delete;

    const sluice_plugin_descriptor& descriptor() const { return *descriptor_; }

    BuiltRequest buildRequest(const CallSpec& spec) {
        struct Builder {
            BuiltRequest request;
            Collector body;
        } state;
        sluice_request_builder builder{};
        builder.ctx = &state;
        builder.set_method = [](void* c, const char* s, size_t n) { static_cast<Builder*>(c)->request.method.assign(s, n); };
        builder.set_url = [](void* c, const char* s, size_t n) { static_cast<Builder*>(c)->request.url.assign(s, n); };
        builder.add_header = [](void* c, const char* k, size_t kn, const char* v, size_t vn) {
            static_cast<Builder*>(c)->request.headers.emplace_back(std::string(k, kn), std::string(v, vn));
        };
        builder.body = *state.body.abi();
        Collector err;
        sluice_provider_call call = spec.abi();
        check(vtable_->build_request(instance_, &call, &builder, err.abi()), err);
        state.request.body = state.body.joined();
        return state.request;
    }

    std::string translateResponse(const CallSpec& spec, std::string_view body, sluice_usage& usage) {
        Collector out, err;
        usage = emptyUsage();
        sluice_provider_call call = spec.abi();
        check(vtable_->translate_response(instance_, &call, {body.data(), body.size()}, out.abi(), &usage, err.abi()), err);
        return out.joined();
    }

    /** Feeds bytes in pieces cut at the given offsets (ascending) and finishes the stream. */
    StreamResult translateStream(const CallSpec& spec, std::string_view bytes, const std::vector<size_t>& cuts) {
        sluice_provider_call call = spec.abi();
        void* stream = nullptr;
        Collector out, err;
        check(vtable_->stream_new(instance_, &call, &stream, err.abi()), err);
        StreamResult result;
        result.usage = emptyUsage();
        size_t from = 0;
        sluice_status status = SLUICE_OK;
        for (size_t i = 0; i <= cuts.size() && status == SLUICE_OK; ++i) {
            size_t to = i < cuts.size() ? cuts[i] : bytes.size();
            status = vtable_->stream_feed(stream, {bytes.data() + from, to - from}, out.abi(), err.abi());
            from = to;
        }
        if (status == SLUICE_OK) status = vtable_->stream_finish(stream, out.abi(), &result.usage, err.abi());
        vtable_->stream_destroy(stream);
        check(status, err);
        result.events = out.units;
        return result;
    }

    sluice_error_info classifyError(int status, const std::vector<std::pair<std::string, std::string>>& headers,
                                    std::string_view body, std::string& errorBody) {
        std::vector<sluice_header> abiHeaders;
        for (const auto& [n, v] : headers) abiHeaders.push_back({{n.data(), n.size()}, {v.data(), v.size()}});
        sluice_error_info info{sizeof(sluice_error_info), SLUICE_ERROR_RETRYABLE, 0, -1};
        Collector text;
        vtable_->classify_error(instance_, status, abiHeaders.data(), abiHeaders.size(), {body.data(), body.size()},
                                &info, text.abi());
        errorBody = text.joined();
        return info;
    }

    FakeHost& host() { return host_; }

private:
    static sluice_usage emptyUsage() {
        sluice_usage usage{};
        usage.struct_size = sizeof(sluice_usage);
        usage.prompt_tokens = usage.completion_tokens = usage.total_tokens = -1;
        usage.cached_prompt_tokens = usage.reasoning_tokens = -1;
        return usage;
    }

    static void check(sluice_status status, const Collector& err) {
        if (status != SLUICE_OK) throw std::runtime_error("plugin returned status " + std::to_string(status) + ": " + err.joined());
    }

    FakeHost host_;
    const sluice_plugin_descriptor* descriptor_ = nullptr;
    const sluice_provider_vtable* vtable_ = nullptr;
    void* instance_ = nullptr;
};

}  // namespace sluice::testing
