// Building blocks for providers whose upstream speaks OpenAI's chat wire format
// (OpenAI itself and the many compatible vendors). Header-only; needs RapidJSON.
#pragma once

#include <sluice/json.hpp>
#include <sluice/provider.hpp>
#include <sluice/sse_parser.hpp>

#include <rapidjson/document.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <cstring>
#include <string.h>  // memmem
#include <optional>

namespace sluice::openai {

/** Reads an integer member, or -1 when absent or not an integer. */
inline int64_t intMember(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return -1;
    auto it = object.FindMember(name);
    return it != object.MemberEnd() && it->value.IsInt64() ? it->value.GetInt64() : -1;
}

/** Reads an OpenAI "usage" object (with its token detail objects) into typed numbers. */
inline Usage readUsage(const rapidjson::Value& usage) {
    Usage out;
    if (!usage.IsObject()) return out;
    out.promptTokens = intMember(usage, "prompt_tokens");
    out.completionTokens = intMember(usage, "completion_tokens");
    out.totalTokens = intMember(usage, "total_tokens");
    auto prompt = usage.FindMember("prompt_tokens_details");
    if (prompt != usage.MemberEnd()) out.cachedPromptTokens = intMember(prompt->value, "cached_tokens");
    auto completion = usage.FindMember("completion_tokens_details");
    if (completion != usage.MemberEnd()) out.reasoningTokens = intMember(completion->value, "reasoning_tokens");
    return out;
}

/**
 * Where the value of a member starts, given the position just past its quoted
 * key: skips whitespace, one colon, whitespace. npos when no colon follows,
 * i.e. the quoted text was a string value rather than a key.
 */
inline size_t memberValueStart(std::string_view json, size_t afterKey) {
    constexpr std::string_view kSpace = " \t\r\n";
    size_t colon = json.find_first_not_of(kSpace, afterKey);
    if (colon == std::string_view::npos || json[colon] != ':') return std::string_view::npos;
    return json.find_first_not_of(kSpace, colon + 1);
}

/**
 * Whether some member named quotedKey (given with its quotes, e.g. "\"usage\"")
 * has a value whose first character is `first`, whatever the whitespace around
 * the colon. A screen without parsing: most stream chunks carry "usage":null
 * and "finish_reason":null, and only an object or a string is worth a look.
 */
inline bool hasMemberStartingWith(std::string_view json, std::string_view quotedKey, char first) {
    for (size_t at = 0; at < json.size();) {
        const void* hit = ::memmem(json.data() + at, json.size() - at, quotedKey.data(), quotedKey.size());
        if (hit == nullptr) return false;
        at = static_cast<size_t>(static_cast<const char*>(hit) - json.data()) + quotedKey.size();
        size_t value = memberValueStart(json, at);
        if (value != std::string_view::npos && json[value] == first) return true;
    }
    return false;
}

/**
 * Reads the usage of a whole chat.completion body without parsing all of it:
 * OpenAI puts "usage" last, so the last "usage" key is found and only its
 * object is parsed (a "usage" inside the generated text is a JSON-escaped
 * string, never followed by an object that parses). Falls back to a full
 * parse when that fails. Throws on a body that is not a JSON object.
 */
inline Usage readBodyUsage(std::string_view body) {
    size_t first = body.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || body[first] != '{')
        throw PluginError(SLUICE_ERR_INVALID_INPUT, "upstream body is not a JSON object");
    for (size_t at = body.rfind("\"usage\""); at != std::string_view::npos && at > 0; at = body.rfind("\"usage\"", at - 1)) {
        size_t open = memberValueStart(body, at + 7);
        if (open == std::string_view::npos || body[open] != '{') continue;
        json::StackDocument<> usage;
        if (usage.parse<rapidjson::kParseStopWhenDoneFlag>(body.substr(open)).ok() && usage->IsObject())
            return readUsage(*usage);
    }
    rapidjson::Document doc;
    if (!json::parse(doc, body).ok() || !doc.IsObject())
        throw PluginError(SLUICE_ERR_INVALID_INPUT, "upstream body is not a JSON object");
    auto usage = doc.FindMember("usage");
    return usage == doc.MemberEnd() ? Usage{} : readUsage(usage->value);
}

namespace detail {

/**
 * SAX handler that records the root object's "model" string, whether the root
 * has a "stream_options" member and whether that asks for usage. With
 * stopAtModel it stops reading at the model; without, it reads the whole body,
 * so a parse that ends well means the body is one well-formed JSON object that
 * names model, stream_options and its include_usage at most once each (parsers
 * differ on which of two counts, so a repeat stops the parse).
 */
class RootMembersReader : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RootMembersReader> {
public:
    /** stopAtModel: stop reading at the root's "model" (rootModel needs nothing more). */
    explicit RootMembersReader(bool stopAtModel) : stopAtModel_(stopAtModel) {}

    bool Default() { return leaveValue(); }
    bool Bool(bool value) {
        if (member_ == Member::IncludeUsage) usageRequested = value;
        return leaveValue();
    }
    bool String(const char* text, rapidjson::SizeType length, bool) {
        if (member_ == Member::Model) {
            model = std::string(text, length);
            if (stopAtModel_) return false;  // found: stop reading the rest of the body
        }
        return leaveValue();
    }
    bool Key(const char* text, rapidjson::SizeType length, bool) {
        member_ = memberNamed(std::string_view(text, length));
        if (member_ == Member::Other) return true;
        bool& seen = seen_[static_cast<size_t>(member_)];
        if (seen) return false;
        seen = true;
        hasStreamOptions = hasStreamOptions || member_ == Member::StreamOptions;
        return true;
    }
    bool StartObject() {
        if (depth_ == 1) inStreamOptions_ = member_ == Member::StreamOptions;
        return enter(true);
    }
    bool StartArray() { return enter(false); }
    bool EndObject(rapidjson::SizeType) { return leave(); }
    bool EndArray(rapidjson::SizeType) { return leave(); }

    /** The root's "model", when it is a string. */
    std::optional<std::string> model;
    /** Whether the root has a "stream_options" member, of any type. */
    bool hasStreamOptions = false;
    /** Whether the root's "stream_options" is an object whose "include_usage" is true. */
    bool usageRequested = false;

private:
    /** The member whose value comes next, where it matters. */
    enum class Member { Model, StreamOptions, IncludeUsage, Other };

    Member memberNamed(std::string_view key) const {
        if (depth_ == 1 && key == "model") return Member::Model;
        if (depth_ == 1 && key == "stream_options") return Member::StreamOptions;
        if (depth_ == 2 && inStreamOptions_ && key == "include_usage") return Member::IncludeUsage;
        return Member::Other;
    }
    bool enter(bool object) {
        if (depth_ == 0 && !object) return false;  // the root is not an object
        if (depth_ == static_cast<int>(json::kMaxDepth)) return false;  // hostile nesting: refused, never recursed into
        member_ = Member::Other;
        ++depth_;
        return true;
    }
    bool leave() {
        if (--depth_ == 1) inStreamOptions_ = false;
        return true;
    }
    bool leaveValue() {
        member_ = Member::Other;
        return true;
    }

    bool stopAtModel_;
    int depth_ = 0;
    Member member_ = Member::Other;
    bool inStreamOptions_ = false;
    bool seen_[static_cast<size_t>(Member::Other)] = {};  // by Member: which were named already
};

/**
 * Sets object's member name to value as its only member of that name: the first
 * keeps its place, any repeat is erased (parsers differ on which of two counts).
 */
inline void setOnly(rapidjson::Value& object, const char* name, rapidjson::Value value,
                    rapidjson::Document::AllocatorType& alloc) {
    auto first = object.FindMember(name);
    if (first == object.MemberEnd()) {
        object.AddMember(rapidjson::StringRef(name), value, alloc);
        return;
    }
    first->value = value;
    for (auto it = first + 1; it != object.MemberEnd();) it = it->name == name ? object.EraseMember(it) : it + 1;
}

}  // namespace detail

/** The root object's "model" string, read only as far as it; nullopt when absent or not a string. */
inline std::optional<std::string> rootModel(std::string_view body) {
    detail::RootMembersReader finder(true);
    rapidjson::Reader reader;
    rapidjson::MemoryStream stream(body.data(), body.size());
    reader.Parse(stream, finder);
    return finder.model;
}

/**
 * The stream request asking for usage without a document built or written
 * again, when the body is a well-formed object whose model is already the
 * upstream's: as it is when it asks already, else with
 * "stream_options":{"include_usage":true} spliced in as its first member when
 * it has no stream_options of its own. nullopt otherwise (the caller rewrites
 * it whole). The body is read from a NUL-terminated copy, the form RapidJSON
 * scans sixteen bytes at a time; a body with a NUL byte in it is left to the
 * caller.
 */
inline std::optional<std::string> withUsageRequested(const ProviderCall& call) {
    static constexpr std::string_view kMember = R"("stream_options":{"include_usage":true},)";
    const std::string_view body = call.requestBody;
    if (std::memchr(body.data(), '\0', body.size()) != nullptr) return std::nullopt;
    std::string out;
    out.reserve(body.size() + kMember.size());
    out.append(body);
    detail::RootMembersReader members(false);
    rapidjson::Reader reader;
    rapidjson::StringStream stream(out.c_str());
    if (reader.Parse(stream, members).IsError() || members.model != call.upstreamModel) return std::nullopt;
    if (members.usageRequested) return out;
    if (members.hasStreamOptions) return std::nullopt;
    out.insert(body.find('{') + 1, kMember);  // a parsed object: '{' is its first non-space byte
    return out;
}

/**
 * Rewrites a canonical request for an OpenAI-compatible upstream: the model
 * becomes the channel's upstream model and, on streams, usage is requested so
 * the gateway can bill exactly. A non-streaming body whose model is already
 * the upstream's goes through byte for byte, unparsed beyond its "model"; a
 * stream's gets the usage request spliced in (withUsageRequested) when it can.
 */
inline std::string rewriteRequestBody(const ProviderCall& call) {
    if (!call.stream && rootModel(call.requestBody) == call.upstreamModel) return std::string(call.requestBody);
    if (call.stream) {
        if (auto spliced = withUsageRequested(call)) return std::move(*spliced);
    }
    rapidjson::Document doc;
    if (!json::parse(doc, call.requestBody).ok() || !doc.IsObject())
        throw PluginError(SLUICE_ERR_INVALID_INPUT, "request body is not a JSON object");
    auto& alloc = doc.GetAllocator();
    detail::setOnly(doc, "model",
                    rapidjson::Value(call.upstreamModel.data(), static_cast<rapidjson::SizeType>(call.upstreamModel.size()), alloc),
                    alloc);
    if (call.stream) {
        auto options = doc.FindMember("stream_options");
        rapidjson::Value wanted(rapidjson::kObjectType);
        if (options != doc.MemberEnd() && options->value.IsObject()) wanted.CopyFrom(options->value, alloc);
        detail::setOnly(wanted, "include_usage", rapidjson::Value(true), alloc);
        detail::setOnly(doc, "stream_options", std::move(wanted), alloc);
    }
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    doc.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

/**
 * Passes an OpenAI-format SSE stream through as canonical events, recording
 * the usage chunk. When the caller did not ask for usage, the usage-only chunk
 * the gateway requested on its behalf is dropped so the caller sees exactly
 * the stream it asked for.
 */
class StreamPassThrough : public StreamTranslator {
public:
    explicit StreamPassThrough(bool callerWantsUsage) : callerWantsUsage_(callerWantsUsage) {}

    /** Translates the events bytes complete; throws PluginError when an event passes the parser's limit. */
    void feed(std::string_view bytes, const Sink& out) override {
        try {
            parser_.feed(bytes, [&](const SseParser::Event& event) { onEvent(event.data, out); });
        } catch (const SseParser::EventTooLarge& e) {
            throw PluginError(SLUICE_ERR_INVALID_INPUT, std::string("upstream stream refused: ") + e.what());
        }
    }

    /** Reports the usage; throws when the upstream stopped before its stream was complete. */
    Usage finish(const Sink&) override {
        if (!sawDone_ && !sawFinish_)
            throw PluginError(SLUICE_ERR_INVALID_INPUT, "upstream stream ended before it was complete");
        return usage_;
    }

private:
    void onEvent(std::string_view data, const Sink& out) {
        if (data == "[DONE]") sawDone_ = true;
        else if (!sawFinish_ && hasMemberStartingWith(data, "\"finish_reason\"", '"')) sawFinish_ = true;
        if (!sawDone_ && hasMemberStartingWith(data, "\"usage\"", '{') && isUsageOnly(data)) {
            if (!callerWantsUsage_) return;
        }
        frame_.assign("data: ");
        frame_.append(data);
        frame_.append("\n\n");
        out.write(frame_);
    }

    /** Records usage from a chunk; true when the chunk carries usage and no choices. */
    bool isUsageOnly(std::string_view data) {
        json::StackDocument<> doc;
        if (!doc.parse(data).ok() || !doc->IsObject()) return false;
        auto usage = doc->FindMember("usage");
        if (usage == doc->MemberEnd() || !usage->value.IsObject()) return false;
        usage_ = readUsage(usage->value);
        auto choices = doc->FindMember("choices");
        return choices == doc->MemberEnd() || (choices->value.IsArray() && choices->value.Empty());
    }

    SseParser parser_;
    std::string frame_;
    Usage usage_;
    bool callerWantsUsage_;
    bool sawDone_ = false;
    bool sawFinish_ = false;
};

/** Parses a Retry-After header given in seconds; -1 when absent or not a number. */
inline int64_t retryAfterMs(const HeaderViews& headers) {
    for (const auto& [name, value] : headers) {
        if (name != "retry-after") continue;
        int64_t seconds = 0;
        auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
        if (ec == std::errc() && ptr == value.data() + value.size()) return seconds * 1000;
    }
    return -1;
}

/** An OpenAI error object with this message, typed by status (server_error from 500 on). */
inline std::string errorBody(int status, const std::string& message) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("error");
    w.StartObject();
    w.Key("message");
    w.String(message.c_str(), static_cast<rapidjson::SizeType>(message.size()));
    w.Key("type");
    w.String(status >= 500 ? "server_error" : "invalid_request_error");
    w.Key("param");
    w.Null();
    w.Key("code");
    w.Null();
    w.EndObject();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

/** The body itself when it is an OpenAI error object, else one built around its first bytes. */
inline std::string canonicalErrorBody(int status, std::string_view body) {
    rapidjson::Document doc;
    if (json::parse(doc, body).ok() && doc.IsObject() && doc.HasMember("error") && doc["error"].IsObject())
        return std::string(body);
    std::string message = "upstream returned HTTP " + std::to_string(status);
    if (!body.empty()) message += ": " + std::string(body.substr(0, 200));
    return errorBody(status, message);
}

/** True when the error body's error.code is code. */
inline bool hasErrorCode(std::string_view canonicalBody, std::string_view code) {
    rapidjson::Document doc;
    if (!json::parse(doc, canonicalBody).ok() || !doc.IsObject()) return false;
    auto error = doc.FindMember("error");
    if (error == doc.MemberEnd() || !error->value.IsObject()) return false;
    auto it = error->value.FindMember("code");
    return it != error->value.MemberEnd() && it->value.IsString() && code == it->value.GetString();
}

/**
 * Sets info's class and the status the caller gets, as most vendors' HTTP
 * statuses mean: a bad or exhausted key (401, 402, 403, or keyExhausted)
 * breaks the channel; rate limits, server errors, timeouts and a 404 (the
 * channel does not really serve the model) are worth another channel; other
 * 4xx are the caller's own fault and go back with their status.
 */
inline void classifyStatus(int status, bool keyExhausted, ErrorInfo& info) {
    if (status == 401 || status == 402 || status == 403 || keyExhausted) {
        info.errorClass = SLUICE_ERROR_CHANNEL_FATAL;
    } else if (status >= 400 && status < 500 && status != 404 && status != 408 && status != 429) {
        info.errorClass = SLUICE_ERROR_CLIENT;
        info.clientStatus = status;
        return;
    } else {
        info.errorClass = SLUICE_ERROR_RETRYABLE;
    }
    info.clientStatus = status == 429 ? 429 : (status == 504 || status == 408 ? 504 : 502);
}

/**
 * Classifies an OpenAI-compatible error response the way a gateway should act
 * on it: a bad or exhausted key breaks the channel; rate limits, server errors
 * and a 404 (the channel does not really serve the model) are worth another
 * channel; other 4xx are the caller's own fault and go back to it unchanged.
 */
inline ErrorInfo classifyError(int status, const HeaderViews& headers, std::string_view body) {
    ErrorInfo info;
    info.retryAfterMs = retryAfterMs(headers);
    info.canonicalBody = canonicalErrorBody(status, body);
    classifyStatus(status, hasErrorCode(info.canonicalBody, "insufficient_quota"), info);
    return info;
}

}  // namespace sluice::openai

namespace sluice::openai {

/**
 * A base for adapters whose upstream speaks OpenAI's chat format: responses,
 * streams and errors are handled here, a subclass only builds the request.
 */
class CompatibleAdapter : public ProviderAdapter {
public:
    std::string translateResponse(const ProviderCall&, std::string_view body, Usage& usage) override {
        usage = readBodyUsage(body);
        return std::string(body);
    }

    std::unique_ptr<StreamTranslator> newStream(const ProviderCall& call) override {
        return std::make_unique<StreamPassThrough>(call.includeUsage);
    }

    ErrorInfo classifyError(int status, const HeaderViews& headers, std::string_view body) override {
        return openai::classifyError(status, headers, body);
    }
};

}  // namespace sluice::openai
