#include "routing/ChannelSelector.h"

namespace sluice::routing {

namespace {

/** Weighted shuffle of one tier: repeatedly draws by remaining weight. */
void appendWeighted(std::vector<const catalog::Channel*> tier, std::mt19937_64& random,
                    std::vector<const catalog::Channel*>& out) {
    while (!tier.empty()) {
        int64_t total = 0;
        for (const auto* c : tier) total += std::max<int64_t>(c->weight, 0);
        size_t pick = 0;
        if (total > 0) {
            int64_t draw = std::uniform_int_distribution<int64_t>(0, total - 1)(random);
            for (; pick < tier.size(); ++pick) {
                draw -= std::max<int64_t>(tier[pick]->weight, 0);
                if (draw < 0) break;
            }
        }
        out.push_back(tier[pick]);
        tier.erase(tier.begin() + static_cast<std::ptrdiff_t>(pick));
    }
}

}  // namespace

std::vector<const catalog::Channel*> ChannelSelector::order(const std::vector<const catalog::Channel*>& candidates,
                                                            std::mt19937_64& random) {
    std::vector<const catalog::Channel*> out;
    out.reserve(candidates.size());
    for (size_t start = 0; start < candidates.size();) {
        size_t end = start;
        while (end < candidates.size() && candidates[end]->priority == candidates[start]->priority) ++end;
        appendWeighted({candidates.begin() + static_cast<std::ptrdiff_t>(start),
                        candidates.begin() + static_cast<std::ptrdiff_t>(end)},
                       random, out);
        start = end;
    }
    return out;
}

}  // namespace sluice::routing
