// The chat request bodies the microbenchmarks send: a short one, and a long conversation.
#pragma once

#include <cstdint>
#include <string>

namespace sluice::bench {

/** A short streaming chat request (about 330 bytes), as an SDK client sends it. */
inline const std::string kShortChat =
    R"({"model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":true},"temperature":0.7,)"
    R"("messages":[{"role":"system","content":"You are a helpful assistant that answers briefly."},)"
    R"({"role":"user","content":"What is the capital of France, and why is it famous? Answer in two sentences."}]})";

/**
 * kShortChat with `turns` earlier user/assistant exchanges of about 500 bytes before its
 * question: a long conversation (200 turns, about 100 KB), where a gateway sees most bytes.
 * Without "stream_options" when asked, as most clients send a stream.
 */
inline std::string longChat(int64_t turns, bool withStreamOptions = true) {
    std::string body = kShortChat;
    if (!withStreamOptions) body.erase(body.find(R"("stream_options")"), std::string(R"("stream_options":{"include_usage":true},)").size());
    std::string history;
    const std::string words(260, 'w');
    for (int64_t i = 0; i < turns; ++i)
        history += R"({"role":"user","content":"Question )" + std::to_string(i) + " " + words.substr(0, 200) +
                   R"("},{"role":"assistant","content":"Answer )" + std::to_string(i) + " " + words + R"("},)";
    body.insert(body.find("[{") + 1, history);
    return body;
}

}  // namespace sluice::bench
