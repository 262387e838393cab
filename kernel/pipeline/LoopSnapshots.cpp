#include "pipeline/LoopSnapshots.h"

namespace sluice::pipeline {

void LoopSnapshots::refreshEvery(net::EventLoop& loop, std::chrono::milliseconds interval) {
    catalog.get();
    plugins.get();
    loop.runAfter(interval, [this, &loop, interval] { refreshEvery(loop, interval); });
}

}  // namespace sluice::pipeline
