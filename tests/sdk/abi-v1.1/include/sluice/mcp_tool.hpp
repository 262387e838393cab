// The mcp_tool kind in the C++ SDK layer: MCP tool schemas and calls as JSON.
#pragma once

#include <sluice/host.hpp>

namespace sluice {

/** A set of MCP tools: subclass it and register it with SLUICE_MCP_TOOL_PLUGIN. */
class McpTool {
public:
    virtual ~McpTool() = default;

    /** The MCP "tools" array this plugin offers, as JSON. */
    virtual std::string listTools() = 0;

    /** Runs one tool and returns the MCP result object as JSON. */
    virtual std::string callTool(std::string_view name, std::string_view argumentsJson) = 0;
};

}  // namespace sluice
