// What the coding-agent e2e tests share: a workspace the agent works in, and a gateway in front of the mock
// upstream where one model calls a tool (touching a marker file in the workspace) and every other model answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, startMockUpstream, stop } from './processes.mjs';

/**
 * Starts the bench for agent `name`: model toolModel calls the tool toolCall(marker) names (e.g.
 * `Bash {"command":"touch ${marker}"}`), and key is the token the agent presents. Resolves with
 * { workspace, marker, gateway, stop() }.
 */
export async function startAgentBench(name, { toolModel, toolCall, key }) {
  const workspace = mkdtempSync(join(tmpdir(), `sluice-${name}-`));
  const marker = join(workspace, 'tool-ran');
  const upstream = await startMockUpstream(['--chunks', '4']);
  const gateway = await startGateway({
    channels: [
      { name: 'tooling', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up-1234'], models: [toolModel], priority: 10,
        options: { headers: { 'x-mock-tool-call': toolCall(marker) } } },
      { name: 'plain', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up-1234'], models: ['*'] },
    ],
    tokens: [{ name, key }],
  });
  return {
    workspace,
    marker,
    gateway,
    async stop() {
      await gateway.stop();
      await stop(upstream.child);
      gateway.cleanup();
      rmSync(workspace, { recursive: true, force: true });
    },
  };
}

/** The statuses of model's rows in the usage log, once at least count are there (or after 5 s). */
export async function usageStatuses(gateway, model, count) {
  let rows = [];
  for (let tries = 0; tries < 50 && rows.length < count; ++tries) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    rows = JSON.parse(gateway.query(`SELECT status FROM usage_log WHERE model = '${model}'`) || '[]');
  }
  return rows.map((row) => row.status);
}
