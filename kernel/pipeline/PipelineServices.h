// What the request pipeline borrows from the running kernel.
#pragma once

#include "catalog/CatalogService.h"
#include "plugins/PluginHost.h"
#include "upstream/UpstreamClient.h"
#include "usage/UsageSink.h"

namespace sluice::pipeline {

/** The kernel services one request uses; all outlive every request. */
struct PipelineServices {
    catalog::CatalogService& catalogs;
    const plugins::PluginHost& plugins;
    upstream::UpstreamClient& upstream;
    usage::UsageSink& usage;
    size_t maxBodyBytes;
    int clientSendTimeoutMs;  // longest a write to a client may block
};

}  // namespace sluice::pipeline
