// Upstream failures as a caller sees them: failover, generic messages, pass-through of client errors,
// timeouts mid-stream, a stream that never ends. The mock upstream fails on demand through headers a
// channel's options add.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import OpenAI from 'openai';
import { startGateway, startMockUpstream, stop } from './lib/processes.mjs';

let upstream;
let slowUpstream;
let endlessUpstream;
let endlessBytesSent = 0;
let gateway;

/** An upstream whose stream never ends: 64 KiB SSE comment lines, as fast as they are read. */
function startEndlessUpstream() {
  const line = `: ${'x'.repeat(64 * 1024)}\n`;
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const pump = () => {
        while (!response.destroyed) {
          endlessBytesSent += line.length;
          if (!response.write(line)) return response.once('drain', pump);
        }
      };
      pump();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () =>
    resolve({ server, baseUrl: `http://127.0.0.1:${server.address().port}/v1` })));
}

const failing = (name, status, models, priority) => ({
  name, provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-upstream-secret-abcd'], models, priority,
  options: { headers: { 'x-mock-status': String(status) } },
});

before(async () => {
  upstream = await startMockUpstream();
  slowUpstream = await startMockUpstream(['--chunks', '3', '--chunk-delay-ms', '1500']);
  endlessUpstream = await startEndlessUpstream();
  gateway = await startGateway({
    channels: [
      failing('rate-limited', 429, ['failover-model', 'limited-model'], 30),
      failing('broken', 500, ['failover-model'], 20),
      { name: 'healthy', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-ok'], models: ['failover-model'], priority: 10 },
      failing('rejects', 400, ['picky-model'], 0),
      failing('bad-key', 401, ['bad-key-model'], 0),
      { name: 'slow', provider: 'openai', base_url: slowUpstream.baseUrl, keys: ['sk-slow'], models: ['slow-model'] },
      { name: 'endless', provider: 'openai', base_url: endlessUpstream.baseUrl, keys: ['sk-endless'], models: ['endless-model'] },
    ],
    tokens: [{ name: 'ci', key: 'sk-failures' }],
  }, { env: { SLUICE_UPSTREAM_IDLE_TIMEOUT_MS: '400' } });
});

after(async () => {
  await gateway?.stop();
  await stop(upstream?.child);
  await stop(slowUpstream?.child);
  endlessUpstream?.server.closeAllConnections();
  endlessUpstream?.server.close();
  gateway?.cleanup();
});

const client = () => new OpenAI({ apiKey: 'sk-failures', baseURL: gateway.baseURL, maxRetries: 0 });
const ask = (model, extra = {}) => client().chat.completions.create({ model, messages: [{ role: 'user', content: 'x' }], ...extra });

test('fails over past a rate-limited and a broken channel to a healthy one', async () => {
  const completion = await ask('failover-model');
  assert.match(completion.choices[0].message.content, /mock/);
});

test('a rate limit with nowhere else to go is a 429 with Retry-After and no upstream details', async () => {
  const { response } = await ask('limited-model').withResponse().catch((error) => ({ response: error }));
  assert.equal(response.status, 429);
  assert.equal(response.headers.get('retry-after'), '1');
  assert.equal(response.error.code, 'rate_limit_exceeded');
  assert.doesNotMatch(response.error.message, /Rate limit reached|127\.0\.0\.1|rate-limited/);
  assert.match(response.error.message, /request [0-9a-f]{24}/);
});

test("an upstream's client error reaches the caller unchanged", async () => {
  await assert.rejects(ask('picky-model'), (error) =>
    error instanceof OpenAI.BadRequestError && error.type === 'invalid_request_error' && !/upstream/.test(error.message));
});

test('a broken upstream key is a 502 that names no key, host or channel', async () => {
  await assert.rejects(ask('bad-key-model'), (error) => {
    assert.equal(error.status, 502);
    assert.doesNotMatch(error.message, /sk-|abcd|127\.0\.0\.1|bad-key/);
    return true;
  });
});

test('an upstream that goes silent mid-stream ends the stream with a timeout error event', async () => {
  const response = await fetch(`${gateway.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk-failures', 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'slow-model', stream: true, messages: [{ role: 'user', content: 'x' }] }),
  });
  assert.equal(response.status, 200);
  const text = await response.text();
  assert.match(text, /"role":"assistant"/);
  assert.match(text, /"code":"upstream_timeout"/);
  assert.doesNotMatch(text, /\[DONE\]/);
});

test('an upstream stream that never ends is cut off after 256 MiB and fails', { timeout: 120000 }, async () => {
  const response = await fetch(`${gateway.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk-failures', 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'endless-model', stream: true, messages: [{ role: 'user', content: 'x' }] }),
  });
  assert.equal(response.status, 502);  // comments only: nothing reached the caller, so the failure is a status
  assert.equal((await response.json()).error.code, 'upstream_error');
  assert.ok(endlessBytesSent > 256 * 1024 * 1024, `${endlessBytesSent} bytes sent`);
});

test('every response carries X-Request-Id', async () => {
  for (const path of ['/healthz', '/nope', '/v1/models']) {
    const response = await fetch(`${gateway.origin}${path}`);
    assert.match(response.headers.get('x-request-id') ?? '', /^[0-9a-f]{24}$/, path);
  }
});

test('failures are in the usage log with their status', async () => {
  await gateway.stop();
  const rows = JSON.parse(gateway.query('SELECT status, stream, model FROM usage_log'));
  const statuses = rows.map((row) => row.status);
  for (const status of [200, 429, 400, 502, 504]) assert.ok(statuses.includes(status), `${status} in ${statuses}`);
});
