// The official @anthropic-ai/sdk, unchanged but for its base URL and key, against Sluice serving
// Anthropic Messages over an OpenAI-wire channel (the mock upstream): bodies, streams, errors, usage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { startGateway, startMockUpstream, stop } from './lib/processes.mjs';

let upstream;
let gateway;

before(async () => {
  upstream = await startMockUpstream(['--chunks', '6']);
  gateway = await startGateway({
    channels: [
      { name: 'openai-wire', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up-1234'], models: ['claude-sonnet-4-5'] },
      { name: 'refusing', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up-1234'], models: ['picky-model'],
        options: { headers: { 'x-mock-status': '400' } } },
      // Anthropic's own wire: the body goes through untranslated (provider-anthropic speaks it natively).
      { name: 'anthropic-wire', provider: 'anthropic', base_url: upstream.baseUrl.replace(/\/v1$/, ''), keys: ['sk-ant-1234'],
        models: ['claude-native'], model_map: { 'claude-native': 'claude-sonnet-4-5-20250929' } },
      { name: 'anthropic-refusing', provider: 'anthropic', base_url: upstream.baseUrl.replace(/\/v1$/, ''), keys: ['sk-ant-1234'],
        models: ['claude-refused'], options: { headers: { 'x-mock-status': '400' } } },
    ],
    tokens: [{ name: 'claude', key: 'sk-anthropic-e2e' }],
  });
});

after(async () => {
  await gateway?.stop();
  await stop(upstream?.child);
  gateway?.cleanup();
});

const client = (apiKey = 'sk-anthropic-e2e') => new Anthropic({ apiKey, baseURL: gateway.origin, maxRetries: 0 });
const ask = { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'Hello' }] };

test('a message comes back in Anthropic shape, with usage', async () => {
  const message = await client().messages.create({ ...ask, system: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } }] });
  assert.equal(message.type, 'message');
  assert.equal(message.role, 'assistant');
  assert.equal(message.model, 'claude-sonnet-4-5');
  assert.match(message.id, /^msg_/);
  assert.equal(message.content[0].type, 'text');
  assert.match(message.content[0].text, /mock0 mock1/);
  assert.equal(message.stop_reason, 'end_turn');
  assert.equal(message.usage.output_tokens, 6);
  assert.ok(message.usage.input_tokens > 0);
});

test('a stream arrives as Anthropic events, text delta by delta, usage at the end', async () => {
  const stream = client().messages.stream(ask);
  const seen = [];
  stream.on('streamEvent', (event) => seen.push(event.type));
  let text = '';
  stream.on('text', (delta) => { text += delta; });
  const message = await stream.finalMessage();
  assert.equal(seen[0], 'message_start');
  assert.deepEqual(seen.slice(-3), ['content_block_stop', 'message_delta', 'message_stop']);
  assert.ok(seen.filter((type) => type === 'content_block_delta').length >= 6);
  assert.match(text, /mock0 mock1 mock2/);
  assert.equal(message.content[0].text, text);
  assert.equal(message.stop_reason, 'end_turn');
  assert.equal(message.usage.output_tokens, 6);
});

test('tools, tool use and tool results in the history are accepted and converted', async () => {
  const message = await client().messages.create({
    ...ask,
    tools: [{ name: 'get_weather', description: 'Weather for a city', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }],
    tool_choice: { type: 'auto' },
    messages: [
      { role: 'user', content: 'Weather in Paris?' },
      { role: 'assistant', content: [{ type: 'text', text: 'Checking.' }, { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Paris' } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '18 C, clear' }, { type: 'text', text: 'And so?' }] },
    ],
  });
  assert.match(message.content[0].text, /mock/);
});

test('errors come in Anthropic shape: a wrong key, a missing field, an upstream refusal', async () => {
  await assert.rejects(client('sk-wrong').messages.create(ask), (error) =>
    error instanceof Anthropic.AuthenticationError && error.error.type === 'error' && error.error.error.type === 'authentication_error');
  await assert.rejects(client().messages.create({ model: 'claude-sonnet-4-5', messages: ask.messages }), (error) =>
    error instanceof Anthropic.BadRequestError && /max_tokens: Field required/.test(error.message));
  await assert.rejects(client().messages.create({ ...ask, model: 'picky-model' }), (error) =>
    error instanceof Anthropic.BadRequestError && error.error.error.type === 'invalid_request_error' && /Invalid request/.test(error.message));
});

test('each message is in the usage log with its tokens', async () => {
  const { response } = await client().messages.create(ask).withResponse();
  const id = response.headers.get('x-request-id');
  let rows = [];
  for (let tries = 0; tries < 50 && rows.length === 0; ++tries) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    rows = JSON.parse(gateway.query(`SELECT prompt_tokens, completion_tokens, status FROM usage_log WHERE request_id = '${id}'`) || '[]');
  }
  assert.equal(rows.length, 1);
  assert.equal(rows[0].status, 200);
  assert.equal(rows[0].completion_tokens, 6);
  assert.ok(rows[0].prompt_tokens > 0);
});

const thinking = { type: 'enabled', budget_tokens: 1024 };

test('on an Anthropic channel the request passes through: thinking and its signature come back as written', async () => {
  const message = await client().messages.create({ ...ask, model: 'claude-native', thinking });
  assert.equal(message.content[0].type, 'thinking');
  assert.match(message.content[0].signature, /^mocksig/);
  assert.equal(message.content[1].type, 'text');
  assert.match(message.content[1].text, /mock0/);
  assert.equal(message.model, 'claude-sonnet-4-5-20250929');  // the upstream's own answer, as it wrote it
});

test('a native stream arrives event for event, signature_delta included, and is billed from its usage', async () => {
  const stream = client().messages.stream({ ...ask, model: 'claude-native', thinking });
  const types = [];
  stream.on('streamEvent', (event) => types.push(event.type === 'content_block_delta' ? event.delta.type : event.type));
  const { response } = await stream.withResponse();
  const message = await stream.finalMessage();
  assert.ok(types.includes('signature_delta') && types.includes('thinking_delta'), types.join(' '));
  assert.equal(message.content[0].type, 'thinking');
  assert.match(message.content[0].signature, /^mocksig/);
  assert.equal(message.usage.output_tokens, 6);
  const id = response.headers.get('x-request-id');
  let rows = [];
  for (let tries = 0; tries < 50 && rows.length === 0; ++tries) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    rows = JSON.parse(gateway.query(`SELECT upstream_model, completion_tokens, prompt_tokens FROM usage_log WHERE request_id = '${id}'`) || '[]');
  }
  assert.equal(rows.length, 1);
  assert.equal(rows[0].upstream_model, 'claude-sonnet-4-5-20250929');
  assert.equal(rows[0].completion_tokens, 6);
  assert.ok(rows[0].prompt_tokens > 0);
});

test("an Anthropic upstream's errors reach the caller in Anthropic's shape", async () => {
  await assert.rejects(client().messages.create({ ...ask, model: 'claude-refused' }), (error) =>
    error instanceof Anthropic.BadRequestError && error.error.error.type === 'invalid_request_error');
});
