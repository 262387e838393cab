#pragma once

#include "ProbeOptions.h"

#include <string>

namespace sluice::probe {

/**
 * Serializes the one request every connection of a run sends, head and body,
 * so sending it costs a single send() with no formatting or allocation. Adds
 * Host (unless --header gave one), User-Agent, Content-Type: application/json
 * (unless given) and Content-Length when there is a body.
 */
std::string formatRequest(const ProbeOptions& options);

}  // namespace sluice::probe
