// Gemini CLI from npm, run non-interactively against Sluice with nothing changed but its base URL and key:
// it speaks Gemini's generateContent, here over an OpenAI-wire channel (the mock upstream), for a plain
// answer and for a turn where the model calls the shell tool, the CLI runs it and sends the result back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAgentBench, usageStatuses } from './lib/agents.mjs';

const gemini = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '.bin', 'gemini');

let bench;

before(async () => {
  bench = await startAgentBench('gemini', {
    toolModel: 'gemini-tool-model', key: 'sk-gemini-cli-e2e',
    toolCall: (marker) => `run_shell_command {"command":"touch ${marker}","description":"Create the marker"}`,
  });
});

after(async () => {
  await bench?.stop();
});

/** Runs `gemini -p PROMPT -m MODEL ARGS...` in the workspace with a throwaway HOME that selects API-key auth. */
function runGemini(prompt, model, args = []) {
  const home = mkdtempSync(join(tmpdir(), 'sluice-gemini-home-'));
  mkdirSync(join(home, '.gemini'));
  writeFileSync(join(home, '.gemini', 'settings.json'), JSON.stringify({ security: { auth: { selectedType: 'gemini-api-key' } } }));
  return new Promise((resolve, reject) => {
    execFile(gemini, ['-p', prompt, '-m', model, ...args], {
      cwd: bench.workspace,
      timeout: 120000,
      env: {
        PATH: process.env.PATH, HOME: home,
        GOOGLE_GEMINI_BASE_URL: bench.gateway.origin, GEMINI_API_KEY: 'sk-gemini-cli-e2e', GEMINI_CLI_TRUST_WORKSPACE: 'true',
      },
    }, (error, stdout, stderr) => {
      rmSync(home, { recursive: true, force: true });
      if (error) reject(new Error(`gemini failed: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

test('Gemini CLI answers a prompt through Sluice', async () => {
  const answer = await runGemini('Say hello', 'gemini-2.5-flash');
  assert.match(answer, /mock0 mock1 mock2 mock3/);
});

test('Gemini CLI runs the tool the model calls and sends its result back', async () => {
  const answer = await runGemini('Create the marker file', 'gemini-tool-model', ['--approval-mode', 'yolo']);
  assert.ok(existsSync(bench.marker), 'the CLI never ran the tool the model called');
  assert.match(answer, /mock0/);  // the mock answers once the conversation carries the tool's result
  const statuses = await usageStatuses(bench.gateway, 'gemini-tool-model', 2);
  assert.ok(statuses.length >= 2, `expected the tool call and the answer after it, saw ${statuses.length} request(s)`);
  assert.ok(statuses.every((status) => status === 200));
});
