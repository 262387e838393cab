// Anthropic's usage object in the kernel's terms.
#pragma once

#include <sluice/provider.hpp>

#include <rapidjson/document.h>

namespace sluice::plugins {

/** The token counts an Anthropic usage object carries; -1 where it says nothing. */
struct AnthropicUsage {
    int64_t inputTokens = -1;  // not counting cache reads and writes
    int64_t cacheReadTokens = -1;
    int64_t cacheWriteTokens = -1;
    int64_t outputTokens = -1;

    /** Reads {"input_tokens","cache_read_input_tokens","cache_creation_input_tokens","output_tokens"}. */
    static AnthropicUsage from(const rapidjson::Value& usage) {
        AnthropicUsage out;
        if (!usage.IsObject()) return out;
        auto read = [&](const char* name) {
            auto it = usage.FindMember(name);
            return it != usage.MemberEnd() && it->value.IsInt64() ? it->value.GetInt64() : -1;
        };
        out.inputTokens = read("input_tokens");
        out.cacheReadTokens = read("cache_read_input_tokens");
        out.cacheWriteTokens = read("cache_creation_input_tokens");
        out.outputTokens = read("output_tokens");
        return out;
    }

    /** The kernel's usage: the prompt counts every input token, cached ones included, as OpenAI's does. */
    Usage toUsage() const {
        Usage usage;
        if (inputTokens >= 0)
            usage.promptTokens = inputTokens + (cacheReadTokens > 0 ? cacheReadTokens : 0) +
                                 (cacheWriteTokens > 0 ? cacheWriteTokens : 0);
        usage.completionTokens = outputTokens;
        if (usage.promptTokens >= 0 && outputTokens >= 0) usage.totalTokens = usage.promptTokens + outputTokens;
        usage.cachedPromptTokens = cacheReadTokens;
        return usage;
    }
};

}  // namespace sluice::plugins
