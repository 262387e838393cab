#include "AnthropicStreamPassThrough.h"

#include "AnthropicUsage.h"

#include <sluice/json.hpp>

namespace sluice::plugins {

namespace {

/** Keeps what later usage knows and earlier usage already said (-1 means unsaid). */
void merge(AnthropicUsage& into, const AnthropicUsage& later) {
    for (auto field : {&AnthropicUsage::inputTokens, &AnthropicUsage::cacheReadTokens, &AnthropicUsage::cacheWriteTokens,
                       &AnthropicUsage::outputTokens})
        if (later.*field >= 0) into.*field = later.*field;
}

}  // namespace

void AnthropicStreamPassThrough::feed(std::string_view bytes, const Sink& out) {
    parser_.feed(bytes, [&](const SseParser::Event& event) { onEvent(event, out); });
}

void AnthropicStreamPassThrough::onEvent(const SseParser::Event& event, const Sink& out) {
    if (event.name == "message_stop") stopped_ = true;
    if (event.name == "message_start" || event.name == "message_delta") {
        json::StackDocument<> doc;
        if (doc.parse(event.data).ok() && doc->IsObject()) {
            const rapidjson::Value* usage = nullptr;
            if (event.name == "message_start" && doc->HasMember("message") && (*doc)["message"].IsObject() &&
                (*doc)["message"].HasMember("usage"))
                usage = &(*doc)["message"]["usage"];
            else if (doc->HasMember("usage"))
                usage = &(*doc)["usage"];
            if (usage) {
                AnthropicUsage seen{inputTokens_, cacheReadTokens_, cacheWriteTokens_, usage_.completionTokens};
                merge(seen, AnthropicUsage::from(*usage));
                inputTokens_ = seen.inputTokens;
                cacheReadTokens_ = seen.cacheReadTokens;
                cacheWriteTokens_ = seen.cacheWriteTokens;
                usage_ = seen.toUsage();
            }
        }
    }
    frame_.clear();
    if (!event.name.empty()) frame_.append("event: ").append(event.name).append("\n");
    for (size_t at = 0;;) {  // each line of the data its own "data:" line, as it came
        const size_t end = event.data.find('\n', at);
        frame_.append("data: ").append(event.data.substr(at, end - at)).append("\n");
        if (end == std::string_view::npos) break;
        at = end + 1;
    }
    frame_.append("\n");
    out.write(frame_);
}

Usage AnthropicStreamPassThrough::finish(const Sink&) {
    if (!stopped_) throw PluginError(SLUICE_ERR_INVALID_INPUT, "upstream stream ended before message_stop");
    return usage_;
}

}  // namespace sluice::plugins
