// Coding agents from npm, run non-interactively against Sluice with nothing changed but their base URL and
// key: Claude Code speaks Anthropic Messages, here over an OpenAI-wire channel (the mock upstream), for a
// plain answer and for a turn where the model calls a tool, the agent runs it and sends the result back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAgentBench, usageStatuses } from './lib/agents.mjs';

const claude = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '.bin', 'claude');

let bench;

before(async () => {
  bench = await startAgentBench('claude', {
    toolModel: 'claude-tool-model', key: 'sk-agents-e2e',
    toolCall: (marker) => `Bash {"command":"touch ${marker}","description":"Create the marker"}`,
  });
});

after(async () => {
  await bench?.stop();
});

/** Runs `claude -p PROMPT ARGS...` in the workspace with a throwaway HOME; resolves with its stdout. */
function runClaude(prompt, model, args = []) {
  const home = mkdtempSync(join(tmpdir(), 'sluice-claude-home-'));
  return new Promise((resolve, reject) => {
    execFile(claude, ['-p', prompt, ...args], {
      cwd: bench.workspace,
      timeout: 120000,
      env: {
        PATH: process.env.PATH, HOME: home,
        ANTHROPIC_BASE_URL: bench.gateway.origin, ANTHROPIC_API_KEY: 'sk-agents-e2e', ANTHROPIC_MODEL: model,
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1',
      },
    }, (error, stdout, stderr) => {
      rmSync(home, { recursive: true, force: true });
      if (error) reject(new Error(`claude failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

test('Claude Code answers a prompt through Sluice', async () => {
  const answer = await runClaude('Say hello', 'claude-sonnet-4-5');
  assert.match(answer, /mock0 mock1 mock2 mock3/);
});

test('Claude Code runs the tool the model calls and sends its result back', async () => {
  const answer = await runClaude('Create the marker file', 'claude-tool-model', ['--allowedTools', 'Bash(touch:*)']);
  assert.ok(existsSync(bench.marker), 'the agent never ran the tool the model called');
  assert.match(answer, /mock0/);  // the mock answers once the conversation carries the tool's result
  const statuses = await usageStatuses(bench.gateway, 'claude-tool-model', 2);
  assert.ok(statuses.length >= 2, `expected the tool call and the answer after it, saw ${statuses.length} request(s)`);
  assert.ok(statuses.every((status) => status === 200));
});
