#include "catalog/Catalog.h"

#include <algorithm>

namespace sluice::catalog {

Catalog::Catalog(std::vector<std::unique_ptr<Channel>> channels, std::vector<Token> tokens, int64_t version)
    : channels_(std::move(channels)), tokens_(std::move(tokens)), version_(version) {
    std::stable_sort(channels_.begin(), channels_.end(),
                     [](const auto& a, const auto& b) { return a->priority > b->priority; });
    indexChannels();
    for (const Token& token : tokens_) tokensByHash_.emplace(token.keyHash, &token);
}

void Catalog::indexChannels() {
    for (uint32_t position = 0; position < channels_.size(); ++position) {
        const Channel& channel = *channels_[position];
        if (!channel.enabled) continue;
        const bool anyModel = std::find(channel.models.begin(), channel.models.end(), "*") != channel.models.end();
        for (const std::string& group : channel.groups) {
            auto& byModel = serving_[group];
            for (const std::string& model : channel.models) {
                Positions& positions = byModel[anyModel ? "*" : model];
                if (positions.empty() || positions.back() != position) positions.push_back(position);
            }
        }
    }
}

const Token* Catalog::findToken(std::string_view keyHash) const {
    auto it = tokensByHash_.find(keyHash);
    return it == tokensByHash_.end() ? nullptr : it->second;
}

std::vector<const Channel*> Catalog::channelsFor(const std::string& model, const std::string& group) const {
    std::vector<const Channel*> out;
    auto byModel = serving_.find(group);
    if (byModel == serving_.end()) return out;
    static const Positions kNone;
    auto listed = [&](const std::string& name) -> const Positions& {
        auto it = byModel->second.find(name);
        return it == byModel->second.end() ? kNone : it->second;
    };
    const Positions& named = listed(model);
    const Positions& any = model == "*" ? kNone : listed("*");
    out.reserve(named.size() + any.size());  // one allocation, however many match
    size_t n = 0, a = 0;
    while (n < named.size() || a < any.size()) {  // merge the two, both in priority order
        bool takeNamed = a == any.size() || (n < named.size() && named[n] < any[a]);
        out.push_back(channels_[takeNamed ? named[n++] : any[a++]].get());
    }
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
