// The deterministic answer the mock provider gives to one request.
#pragma once

#include <sluice/provider.hpp>

#include <string>
#include <vector>

namespace sluice::plugins {

/** The words of one mock answer and its OpenAI-format renderings. */
class MockAnswer {
public:
    /** Builds the answer: reply followed by the last user message, word by word. */
    MockAnswer(const ProviderCall& call, const std::string& reply);

    /** The words, each with its trailing space, as they are streamed. */
    const std::vector<std::string>& words() const noexcept { return words_; }

    /** A whole chat.completion body. */
    std::string completionBody() const;

    /** One chat.completion.chunk event carrying delta content (or the role / finish chunk). */
    std::string chunkEvent(const std::string* content, bool first, bool last) const;

    /** The usage-only chunk event OpenAI sends when include_usage is set. */
    std::string usageEvent() const;

private:
    std::string usageJson() const;

    std::string model_;
    std::vector<std::string> words_;
    int64_t promptTokens_;
};

}  // namespace sluice::plugins
