#include "routing/ChannelSelector.h"

#include <algorithm>
#include <span>

namespace sluice::routing {

namespace {

/**
 * Weighted shuffle of one tier in place: each position is drawn by the weight
 * of the channels not yet placed, and the others keep their relative order.
 */
void shuffleWeighted(std::span<const catalog::Channel*> tier, std::mt19937_64& random) {
    for (size_t placed = 0; placed + 1 < tier.size(); ++placed) {
        int64_t total = 0;
        for (size_t i = placed; i < tier.size(); ++i) total += std::max<int64_t>(tier[i]->weight, 0);
        size_t pick = placed;
        if (total > 0) {
            int64_t draw = std::uniform_int_distribution<int64_t>(0, total - 1)(random);
            for (; pick < tier.size(); ++pick) {
                draw -= std::max<int64_t>(tier[pick]->weight, 0);
                if (draw < 0) break;
            }
        }
        std::rotate(tier.begin() + static_cast<std::ptrdiff_t>(placed), tier.begin() + static_cast<std::ptrdiff_t>(pick),
                    tier.begin() + static_cast<std::ptrdiff_t>(pick) + 1);
    }
}

}  // namespace

std::vector<const catalog::Channel*> ChannelSelector::order(std::vector<const catalog::Channel*> candidates,
                                                            std::mt19937_64& random) {
    for (size_t start = 0; start < candidates.size();) {
        size_t end = start;
        while (end < candidates.size() && candidates[end]->priority == candidates[start]->priority) ++end;
        shuffleWeighted(std::span(candidates).subspan(start, end - start), random);
        start = end;
    }
    return candidates;
}

}  // namespace sluice::routing
