// Codex CLI from npm, run non-interactively (`codex exec`) against Sluice with nothing changed but a model
// provider in its config.toml (base_url, env_key, wire_api = "responses"): Codex speaks the OpenAI Responses
// API, here over an OpenAI-wire channel (the mock upstream), for a plain answer and for a turn where the model
// calls a tool, Codex runs it and sends its output back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGateway, startMockUpstream, stop } from './lib/processes.mjs';

const codex = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '.bin', 'codex');
const workspace = mkdtempSync(join(tmpdir(), 'sluice-codex-'));
const marker = join(workspace, 'tool-ran');

let upstream;
let gateway;

before(async () => {
  upstream = await startMockUpstream(['--chunks', '4']);
  gateway = await startGateway({
    channels: [
      { name: 'tooling', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up-1234'], models: ['codex-tool-model'], priority: 10,
        options: { headers: { 'x-mock-tool-call': `exec_command {"cmd":"touch ${marker}"}` } } },
      { name: 'plain', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up-1234'], models: ['*'] },
    ],
    tokens: [{ name: 'codex', key: 'sk-codex-e2e' }],
  });
});

after(async () => {
  await gateway?.stop();
  await stop(upstream?.child);
  gateway?.cleanup();
  rmSync(workspace, { recursive: true, force: true });
});

/** The config.toml of a throwaway HOME: Sluice as the model provider, over the Responses API. */
function codexHome(model) {
  const home = mkdtempSync(join(tmpdir(), 'sluice-codex-home-'));
  mkdirSync(join(home, '.codex'));
  writeFileSync(join(home, '.codex', 'config.toml'), [
    `model = "${model}"`,
    'model_provider = "sluice"',
    // Codex's web_search tool is one only OpenAI itself runs: Sluice refuses it on the channels it translates for.
    'web_search = "disabled"',
    '[model_providers.sluice]',
    'name = "Sluice"',
    `base_url = "${gateway.baseURL}"`,
    'env_key = "SLUICE_API_KEY"',
    'wire_api = "responses"',
    'request_max_retries = 0',
    'stream_max_retries = 0',
    '',
  ].join('\n'));
  return home;
}

/** Runs `codex exec PROMPT` in the workspace; resolves with its stdout (the agent's last message). */
function runCodex(prompt, model) {
  const home = codexHome(model);
  return new Promise((resolve, reject) => {
    // The workspace is throwaway, and a container may not allow Codex's own sandbox: the tool runs unsandboxed.
    const child = execFile(codex, ['exec', '--skip-git-repo-check', '--sandbox', 'danger-full-access', prompt], {
      cwd: workspace,
      timeout: 120000,
      env: { PATH: process.env.PATH, HOME: home, SLUICE_API_KEY: 'sk-codex-e2e' },
    }, (error, stdout, stderr) => {
      rmSync(home, { recursive: true, force: true });
      if (error) reject(new Error(`codex failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
    child.stdin.end();  // codex exec reads more of the prompt from an open stdin
  });
}

const rowsFor = (model) => JSON.parse(gateway.query(`SELECT status FROM usage_log WHERE model = '${model}'`) || '[]');

test('Codex answers a prompt through Sluice', async () => {
  const answer = await runCodex('Say hello', 'gpt-5-sluice');
  assert.match(answer, /mock0 mock1 mock2 mock3/);
});

test('Codex runs the tool the model calls and sends its output back', async () => {
  const answer = await runCodex('Create the marker file', 'codex-tool-model');
  assert.ok(existsSync(marker), 'the agent never ran the tool the model called');
  assert.match(answer, /mock0/);  // the mock answers once the conversation carries the tool's output
  let rows = [];
  for (let tries = 0; tries < 50 && rows.length < 2; ++tries) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    rows = rowsFor('codex-tool-model');
  }
  assert.ok(rows.length >= 2, `expected the tool call and the answer after it, saw ${rows.length} request(s)`);
  assert.ok(rows.every((row) => row.status === 200));
});
