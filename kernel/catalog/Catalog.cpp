#include "catalog/Catalog.h"

#include <algorithm>

namespace sluice::catalog {

Catalog::Catalog(std::vector<std::unique_ptr<Channel>> channels, std::vector<Token> tokens, int64_t version)
    : channels_(std::move(channels)), tokens_(std::move(tokens)), version_(version) {
    std::stable_sort(channels_.begin(), channels_.end(),
                     [](const auto& a, const auto& b) { return a->priority > b->priority; });
    for (const Token& token : tokens_) tokensByHash_.emplace(token.keyHash, &token);
}

const Token* Catalog::findToken(std::string_view keyHash) const {
    auto it = tokensByHash_.find(keyHash);
    return it == tokensByHash_.end() ? nullptr : it->second;
}

std::vector<const Channel*> Catalog::channelsFor(const std::string& model, const std::string& group) const {
    std::vector<const Channel*> out;
    out.reserve(channels_.size());  // one allocation, however many match
    for (const auto& channel : channels_)
        if (channel->enabled && channel->inGroup(group) && channel->serves(model)) out.push_back(channel.get());
    return out;
}

bool Catalog::anyChannelServes(const std::string& model) const {
    return std::any_of(channels_.begin(), channels_.end(),
                       [&](const auto& channel) { return channel->enabled && channel->serves(model); });
}

std::set<std::string> Catalog::modelsFor(const Token& token) const {
    std::set<std::string> models;
    for (const auto& channel : channels_) {
        if (!channel->enabled || !channel->inGroup(token.group)) continue;
        for (const std::string& model : channel->models)
            if (model != "*" && token.allowsModel(model)) models.insert(model);
    }
    return models;
}

}  // namespace sluice::catalog
