// What the request pipeline borrows from the running kernel.
#pragma once

#include "exec/Executor.h"
#include "net/HttpClient.h"
#include "net/PerLoop.h"
#include "pipeline/LoopSnapshots.h"
#include "usage/UsageSink.h"

namespace sluice::pipeline {

/** The kernel services one request uses; all outlive every request. */
struct PipelineServices {
    /** The catalog and plugin set a new request uses, copied per loop. */
    const net::PerLoop<LoopSnapshots>& snapshots;
    /** The upstream client of each loop, so a request's upstream call stays on its thread. */
    const net::PerLoop<net::HttpClient>& upstreams;
    usage::UsageSink& usage;
    /** Where blocking work goes (local provider calls), so no loop waits on it. */
    exec::Executor& executor;
};

}  // namespace sluice::pipeline
