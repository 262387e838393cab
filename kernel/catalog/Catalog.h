// An immutable snapshot of channels and tokens that requests read without locks.
#pragma once

#include "catalog/Channel.h"
#include "catalog/Token.h"

#include <cstdint>
#include <memory>
#include <set>
#include <string_view>
#include <unordered_map>

namespace sluice::catalog {

/** Channels and tokens at one config version; replaced whole when config changes. */
class Catalog {
public:
    Catalog(std::vector<std::unique_ptr<Channel>> channels, std::vector<Token> tokens, int64_t version);

    /** The token whose key hashes to keyHash, or nullptr. */
    const Token* findToken(std::string_view keyHash) const;

    /** Enabled channels of the group serving the model, highest priority first. */
    std::vector<const Channel*> channelsFor(const std::string& model, const std::string& group) const;

    /** Whether any enabled channel, in any group, serves the model. */
    bool anyChannelServes(const std::string& model) const;

    /** Models the token may use through some enabled channel of its group, sorted. */
    std::set<std::string> modelsFor(const Token& token) const;

    /** The config version this snapshot was built from. */
    int64_t version() const noexcept { return version_; }

private:
    /** Positions in channels_, so in priority order. */
    using Positions = std::vector<uint32_t>;

    void indexChannels();

    std::vector<std::unique_ptr<Channel>> channels_;
    // group -> model -> the enabled channels of the group serving it; "*" holds those serving any model.
    // A request reads two lists, however many channels other models and groups have.
    std::unordered_map<std::string, std::unordered_map<std::string, Positions>> serving_;
    std::vector<Token> tokens_;
    std::unordered_map<std::string_view, const Token*> tokensByHash_;
    int64_t version_;
};

}  // namespace sluice::catalog
