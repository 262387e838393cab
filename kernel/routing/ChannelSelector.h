// Orders candidate channels for one request: priority tiers, weighted within a tier.
#pragma once

#include "catalog/Channel.h"

#include <random>
#include <vector>

namespace sluice::routing {

/** Decides the order in which a request tries its channels. */
class ChannelSelector {
public:
    /**
     * Returns the first `attempts` of candidates (already sorted highest priority
     * first) in try order: each priority tier before the next, and inside a tier
     * a weighted random order, so weight w gets w / sum(weights) of first attempts.
     * Draws only the places it returns: a tier of a thousand channels costs a few
     * passes over it, not a whole shuffle. Reorders the vector it is given, so a
     * caller that moves it in allocates nothing.
     */
    static std::vector<const catalog::Channel*> order(std::vector<const catalog::Channel*> candidates,
                                                      std::mt19937_64& random, size_t attempts);
};

}  // namespace sluice::routing
