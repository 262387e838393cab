#include "kernel/dialects/DialectTestSupport.h"

#include <cppunit/extensions/HelperMacros.h>
#include <sluice/json.hpp>

#include <stdexcept>

namespace sluice::testsupport {

rapidjson::Document parsedJson(const std::string& text) {
    rapidjson::Document doc;
    if (!json::parse(doc, text).ok()) throw std::runtime_error("not JSON: " + text);
    return doc;
}

const std::vector<std::string>& textThenToolCallStream() {
    static const std::vector<std::string> events = {
        R"(data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})" "\n\n",
        R"(data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"Hi "}}]})" "\n\n",
        R"(data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"there"}}]})" "\n\n",
        R"(data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":""}}]}}]})" "\n\n",
        R"(data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":"}}]}}]})" "\n\n",
        R"(data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"Paris\"}"}}]}}]})" "\n\n",
        R"(data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]})" "\n\n",
        R"(data: {"id":"chatcmpl-1","choices":[],"usage":{"prompt_tokens":30,"completion_tokens":9,"total_tokens":39}})" "\n\n",
        "data: [DONE]\n\n",
    };
    return events;
}

std::string renderAll(dialects::StreamRenderer& renderer, const std::vector<std::string>& canonicalEvents) {
    std::string written;
    const dialects::EventSink sink = [&](std::string_view event) {
        written += event;
        return true;
    };
    for (const std::string& event : canonicalEvents) CPPUNIT_ASSERT(renderer.render(event, sink));
    CPPUNIT_ASSERT(renderer.finish(sink));
    return written;
}

std::vector<std::pair<std::string, rapidjson::Document>> namedEvents(const std::string& written) {
    std::vector<std::pair<std::string, rapidjson::Document>> out;
    for (size_t at = 0; at < written.size();) {
        const size_t end = written.find("\n\n", at);
        const std::string frame = written.substr(at, end - at);
        const size_t newline = frame.find('\n');
        out.emplace_back(frame.substr(7, newline - 7), parsedJson(frame.substr(newline + 7)));
        at = end + 2;
    }
    return out;
}

}  // namespace sluice::testsupport
