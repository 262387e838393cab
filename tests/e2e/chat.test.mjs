// The OpenAI npm client against Sluice, with a mock OpenAI upstream behind it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startGateway, startMockUpstream, stop, freePort } from './lib/processes.mjs';

const CHUNKS = 6;
const CHUNK_DELAY_MS = 150;
let upstream;
let gateway;
let deadPort;

const provisioning = (baseUrl) => ({
  channels: [
    { name: 'broken-first', provider: 'openai', base_url: `http://127.0.0.1:${deadPort}/v1`, keys: ['sk-dead'],
      models: ['gpt-4o-mini'], priority: 100, weight: 1 },
    { name: 'primary', provider: 'openai', base_url: baseUrl, keys: ['sk-upstream-1', 'sk-upstream-2'],
      models: ['gpt-4o-mini', 'gpt-4o'], model_map: { 'gpt-4o': 'gpt-4o-mini' }, priority: 10, weight: 1,
      groups: ['default'], enabled: true },
    { name: 'other-group', provider: 'openai', base_url: baseUrl, keys: ['sk-x'], models: ['vip-model'], groups: ['vip'] },
  ],
  tokens: [
    { name: 'ci', key: 'sk-test-0001', models: ['*'], quota: 1000000, group: 'default' },
    { name: 'narrow', key: 'sk-test-narrow', models: ['gpt-4o'], quota: null },
  ],
});

const client = (apiKey = 'sk-test-0001') => new OpenAI({ apiKey, baseURL: gateway.baseURL, maxRetries: 0 });

before(async () => {
  deadPort = await freePort();
  upstream = await startMockUpstream(['--chunks', String(CHUNKS), '--chunk-delay-ms', String(CHUNK_DELAY_MS)]);
  gateway = await startGateway(provisioning(upstream.baseUrl));
});

after(async () => {
  await gateway?.stop();
  await stop(upstream?.child);
  gateway?.cleanup();
});

test('non-streaming chat completion, failing over from a dead channel', async () => {
  const completion = await client().chat.completions.create({
    model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello' }],
  });
  assert.equal(completion.object, 'chat.completion');
  assert.match(completion.choices[0].message.content, /mock0/);
  assert.ok(completion.usage.total_tokens > 0);
});

test('model_map rewrites the model sent upstream', async () => {
  const { data, response } = await client().chat.completions
    .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
  assert.equal(data.model, 'gpt-4o-mini');
  assert.ok(response.headers.get('x-request-id'));
});

test('streaming chat arrives chunk by chunk, before the upstream has finished', async () => {
  const started = Date.now();
  const stream = await client().chat.completions.create({
    model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'Count' }],
  });
  const arrivals = [];
  let text = '';
  for await (const chunk of stream) {
    arrivals.push(Date.now() - started);
    text += chunk.choices[0]?.delta?.content ?? '';
  }
  assert.match(text, /mock0 mock1/);
  const upstreamDuration = (CHUNKS - 1) * CHUNK_DELAY_MS;
  assert.ok(arrivals[0] < upstreamDuration / 2,
    `first chunk at ${arrivals[0]} ms; the upstream takes ${upstreamDuration} ms to finish`);
  assert.ok(arrivals.at(-1) - arrivals[0] >= upstreamDuration * 0.8, `chunks spread ${arrivals.join(',')}`);
  assert.ok(stream.controller, 'a real SSE stream from the client library');
});

test('stream usage chunk only when the caller asks for it', async () => {
  const collect = async (options) => {
    const chunks = [];
    for await (const chunk of await client().chat.completions.create({
      model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'x' }], ...options })) chunks.push(chunk);
    return chunks;
  };
  const withUsage = await collect({ stream_options: { include_usage: true } });
  assert.ok(withUsage.at(-1).usage.total_tokens > 0);
  const without = await collect({});
  assert.ok(without.every((chunk) => !chunk.usage));
});

test('models.list shows the models the token may use', async () => {
  const ids = [];
  for await (const model of client().models.list()) ids.push(model.id);
  assert.deepEqual(ids.sort(), ['gpt-4o', 'gpt-4o-mini']);
  const narrow = [];
  for await (const model of client('sk-test-narrow').models.list()) narrow.push(model.id);
  assert.deepEqual(narrow, ['gpt-4o']);
});

test('a wrong key is a 401 in OpenAI shape', async () => {
  await assert.rejects(
    client('sk-wrong').chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] }),
    (error) => error instanceof OpenAI.AuthenticationError && error.status === 401 && error.code === 'invalid_api_key');
});

test('a model the token may not use is a 403', async () => {
  await assert.rejects(
    client('sk-test-narrow').chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] }),
    (error) => error instanceof OpenAI.PermissionDeniedError && error.code === 'model_not_allowed');
});

test('an unknown model is a 404, a model only another group serves is a 503', async () => {
  await assert.rejects(
    client().chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'x' }] }),
    (error) => error instanceof OpenAI.NotFoundError && error.code === 'model_not_found');
  await assert.rejects(
    client().chat.completions.create({ model: 'vip-model', messages: [{ role: 'user', content: 'x' }] }),
    (error) => error.status === 503 && error.code === 'no_available_channel');
});

test('malformed JSON is a 400 and an oversized body a 413, never an HTML page', async () => {
  const post = (body) => fetch(`${gateway.baseURL}/chat/completions`, {
    method: 'POST', headers: { authorization: 'Bearer sk-test-0001', 'content-type': 'application/json' }, body });
  const bad = await post('{"model":');
  assert.equal(bad.status, 400);
  assert.equal((await bad.json()).error.code, 'invalid_json');
  const huge = await post(JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x'.repeat(9 << 20) }] }));
  assert.equal(huge.status, 413);
  assert.equal((await huge.json()).error.type, 'invalid_request_error');
});

test('a client that goes away mid-stream does not disturb the gateway', async () => {
  const stream = await client().chat.completions.create(
    { model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'long' }] });
  let received = 0;
  for await (const chunk of stream) {
    received += chunk ? 1 : 0;
    break;  // leaving the loop aborts the HTTP request: the client is gone
  }
  assert.equal(received, 1);
  const after = await client().chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'still there?' }] });
  assert.match(after.choices[0].message.content, /mock/);
});

test('the admin surface is off without an admin token', async () => {
  const response = await fetch(`${gateway.origin}/admin/api/plugins`, { headers: { authorization: 'Bearer anything' } });
  assert.equal(response.status, 404);
  assert.equal((await response.json()).error.code, 'admin_disabled');
});

test('sluice apply on a running server takes effect within 2 s', async () => {
  gateway.apply({ tokens: [{ name: 'late', key: 'sk-test-late', models: ['gpt-4o-mini'] }] });
  const deadline = Date.now() + 2000;
  let ok = false;
  while (!ok && Date.now() < deadline) {
    try {
      await client('sk-test-late').chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'x' }] });
      ok = true;
    } catch (error) {
      if (!(error instanceof OpenAI.AuthenticationError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  assert.ok(ok, 'new token not accepted within 2 s');
});

test('usage rows are written per request and flushed on shutdown', async () => {
  await client().chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'last one' }] });
  assert.equal(await gateway.stop(), 0);
  const rows = JSON.parse(gateway.query(
    "SELECT status, stream, prompt_tokens, completion_tokens, model FROM usage_log ORDER BY id"));
  assert.ok(rows.length >= 10, `only ${rows.length} usage rows`);
  const okRows = rows.filter((row) => row.status === 200);
  assert.ok(okRows.every((row) => row.prompt_tokens > 0 && row.completion_tokens > 0));
  assert.ok(rows.some((row) => row.status === 401) === false, 'unauthenticated requests carry no token');
  assert.ok(rows.some((row) => row.status === 403));
  assert.ok(rows.some((row) => row.stream === 1 && row.status === 200));
  assert.ok(rows.some((row) => row.stream === 1 && row.status === 499), 'the abandoned stream is logged as 499');
  assert.ok(!gateway.query('SELECT key_hash FROM tokens').includes('sk-test-0001'));
});
