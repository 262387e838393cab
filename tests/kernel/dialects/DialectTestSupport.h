// What the dialect tests share: JSON reading, a canonical stream to render, and the events a renderer wrote.
#pragma once

#include "dialects/StreamRenderer.h"

#include <rapidjson/document.h>

#include <string>
#include <utility>
#include <vector>

namespace sluice::testsupport {

/** text parsed as JSON; throws std::runtime_error when it is not JSON. */
rapidjson::Document parsedJson(const std::string& text);

/**
 * A canonical stream of chat.completion.chunk events: the text "Hi there" in
 * two deltas, then a get_weather call (call_1) whose arguments {"city":"Paris"}
 * arrive in two pieces, finish_reason tool_calls, usage 30 in / 9 out, [DONE].
 */
const std::vector<std::string>& textThenToolCallStream();

/** Renders each canonical event, then finishes the stream; what renderer wrote, in order. */
std::string renderAll(dialects::StreamRenderer& renderer, const std::vector<std::string>& canonicalEvents);

/** Each "event: NAME\ndata: JSON\n\n" frame of written, as (NAME, its data parsed). */
std::vector<std::pair<std::string, rapidjson::Document>> namedEvents(const std::string& written);

}  // namespace sluice::testsupport
