#include "routing/ChannelSelector.h"

#include <algorithm>
#include <span>

namespace sluice::routing {

namespace {

/**
 * Weighted draw of a tier's first `places` positions in place: each is drawn by
 * the weight of the channels not yet placed, and the others keep their relative
 * order (zero weights last, as listed).
 */
void drawWeighted(std::span<const catalog::Channel*> tier, size_t places, std::mt19937_64& random) {
    for (size_t placed = 0; placed < places && placed + 1 < tier.size(); ++placed) {
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
                                                            std::mt19937_64& random, size_t attempts) {
    for (size_t start = 0; start < std::min(candidates.size(), attempts);) {
        size_t end = start;
        while (end < candidates.size() && candidates[end]->priority == candidates[start]->priority) ++end;
        drawWeighted(std::span(candidates).subspan(start, end - start), attempts - start, random);
        start = end;
    }
    candidates.resize(std::min(candidates.size(), attempts));
    return candidates;
}

}  // namespace sluice::routing
