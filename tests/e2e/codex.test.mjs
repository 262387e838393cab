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
import { startAgentBench, usageStatuses } from './lib/agents.mjs';

const codex = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '.bin', 'codex');

let bench;

before(async () => {
  bench = await startAgentBench('codex', {
    toolModel: 'codex-tool-model', key: 'sk-codex-e2e', toolCall: (marker) => `exec_command {"cmd":"touch ${marker}"}`,
  });
});

after(async () => {
  await bench?.stop();
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
    `base_url = "${bench.gateway.baseURL}"`,
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
      cwd: bench.workspace,
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

test('Codex answers a prompt through Sluice', async () => {
  const answer = await runCodex('Say hello', 'gpt-5-sluice');
  assert.match(answer, /mock0 mock1 mock2 mock3/);
});

test('Codex runs the tool the model calls and sends its output back', async () => {
  const answer = await runCodex('Create the marker file', 'codex-tool-model');
  assert.ok(existsSync(bench.marker), 'the agent never ran the tool the model called');
  assert.match(answer, /mock0/);  // the mock answers once the conversation carries the tool's output
  const statuses = await usageStatuses(bench.gateway, 'codex-tool-model', 2);
  assert.ok(statuses.length >= 2, `expected the tool call and the answer after it, saw ${statuses.length} request(s)`);
  assert.ok(statuses.every((status) => status === 200));
});
