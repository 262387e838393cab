// What the request pipeline borrows from the running kernel.
#pragma once

#include "catalog/CatalogService.h"
#include "pipeline/UpstreamClients.h"
#include "plugins/PluginHost.h"
#include "usage/UsageSink.h"

namespace sluice::pipeline {

/** The kernel services one request uses; all outlive every request. */
struct PipelineServices {
    catalog::CatalogService& catalogs;
    const plugins::PluginHost& plugins;  // current() gives the instances a new request uses
    const UpstreamClients& upstreams;
    usage::UsageSink& usage;
};

}  // namespace sluice::pipeline
