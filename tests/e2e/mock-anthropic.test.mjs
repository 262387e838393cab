// The official @anthropic-ai/sdk pointed straight at the mock upstream (no gateway): the mock must speak
// Anthropic's Messages wire format well enough for the vendor's own client, so a gateway's Anthropic
// provider can be tested offline against it. Messages, streams, thinking, a tool turn and errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Anthropic from '@anthropic-ai/sdk';
import { startMockUpstream, stop } from './lib/processes.mjs';

let upstream;
let origin;

before(async () => {
  upstream = await startMockUpstream(['--chunks', '4']);
  origin = `http://127.0.0.1:${upstream.port}`;
});

after(async () => {
  await stop(upstream?.child);
});

const client = (options = {}) => new Anthropic({ apiKey: 'sk-ant-mock-wxyz', baseURL: origin, maxRetries: 0, ...options });
const ask = { model: 'claude-sonnet-4-5', max_tokens: 256, messages: [{ role: 'user', content: 'Hello' }] };
const weatherTool = { name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } };
const toolCall = { defaultHeaders: { 'x-mock-tool-call': 'get_weather {"city":"Paris"}' } };

/** The event names of a raw SSE body, checking each data line's type matches its event line. */
function eventNames(text) {
  return text.trim().split('\n\n').map((event) => {
    const [, name, data] = event.match(/^event: (\w+)\ndata: (.*)$/);
    assert.equal(JSON.parse(data).type, name);
    return name;
  });
}

test('a message comes back in Anthropic shape, with usage, for a key in x-api-key or Authorization', async () => {
  const { data: message, response } = await client().messages.create(ask).withResponse();
  assert.equal(message.type, 'message');
  assert.equal(message.role, 'assistant');
  assert.equal(message.model, 'claude-sonnet-4-5');
  assert.match(message.id, /^msg_mock_\d+$/);
  assert.deepEqual(message.content, [{ type: 'text', text: 'mock0 mock1 mock2 mock3' }]);
  assert.equal(message.stop_reason, 'end_turn');
  assert.equal(message.stop_sequence, null);
  assert.equal(message.usage.output_tokens, 4);
  assert.ok(message.usage.input_tokens > 0);
  assert.equal(message.usage.cache_read_input_tokens, 0);
  assert.equal(response.headers.get('x-mock-key-suffix'), 'wxyz');
  assert.equal(response.headers.get('x-mock-request-model'), 'claude-sonnet-4-5');

  const byHeader = client({ apiKey: null, defaultHeaders: { 'x-api-key': 'sk-ant-header-abcd' } });
  const { response: headerResponse } = await byHeader.messages.create(ask).withResponse();
  assert.equal(headerResponse.headers.get('x-mock-key-suffix'), 'abcd');
});

test('a stream arrives as Anthropic events in order, one text delta per chunk, usage at both ends', async () => {
  const stream = client({ defaultHeaders: { 'x-mock-chunks': '3', 'x-mock-chunk-delay-ms': '20' } }).messages.stream(ask);
  const seen = [];
  stream.on('streamEvent', (event) => seen.push(structuredClone(event)));  // the SDK updates message_start's message in place
  let text = '';
  stream.on('text', (delta) => { text += delta; });
  const message = await stream.finalMessage();
  assert.deepEqual(seen.map((event) => event.type), ['message_start', 'content_block_start', 'content_block_delta',
    'content_block_delta', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop']);
  assert.equal(seen[0].message.usage.output_tokens, 1);
  assert.ok(seen[0].message.usage.input_tokens > 0);
  assert.deepEqual(seen[6].delta, { stop_reason: 'end_turn', stop_sequence: null });
  assert.equal(text, 'mock0 mock1 mock2 ');
  assert.equal(message.content[0].text, text);
  assert.equal(message.stop_reason, 'end_turn');
  assert.equal(message.usage.output_tokens, 3);
});

test('on the wire each stream event is named, with one ping after the first block starts', async () => {
  const response = await fetch(`${origin}/v1/messages?beta=true`, {
    method: 'POST',
    headers: { 'x-api-key': 'sk-ant-raw', 'anthropic-version': '2023-06-01', 'content-type': 'application/json', 'x-mock-chunks': '2' },
    body: JSON.stringify({ ...ask, stream: true }),
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/event-stream/);
  assert.deepEqual(eventNames(await response.text()), ['message_start', 'content_block_start', 'ping',
    'content_block_delta', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop']);
});

test('with thinking enabled the reply opens with a signed thinking block, as a body and as a stream', async () => {
  const thinking = { type: 'enabled', budget_tokens: 1024 };
  const message = await client().messages.create({ ...ask, thinking });
  assert.equal(message.content[0].type, 'thinking');
  assert.equal(message.content[0].thinking, 'mock thought');
  assert.match(message.content[0].signature, /^mocksig/);
  assert.equal(message.content[1].type, 'text');

  const stream = client().messages.stream({ ...ask, thinking });
  let signature = '';
  stream.on('signature', (value) => { signature = value; });
  const streamed = await stream.finalMessage();
  assert.deepEqual(streamed.content.map((block) => block.type), ['thinking', 'text']);
  assert.equal(streamed.content[0].thinking, 'mock thought');
  assert.equal(streamed.content[0].signature, message.content[0].signature);
  assert.equal(signature, message.content[0].signature);
  assert.equal(streamed.content[1].text, 'mock0 mock1 mock2 mock3 ');
});

test('x-mock-tool-call answers with tool_use until the last user message carries its tool_result', async () => {
  const first = await client(toolCall).messages.create({ ...ask, tools: [weatherTool] });
  assert.equal(first.stop_reason, 'tool_use');
  assert.deepEqual(first.content, [{ type: 'tool_use', id: 'toolu_mock_1', name: 'get_weather', input: { city: 'Paris' } }]);

  const streamed = await client(toolCall).messages.stream({ ...ask, tools: [weatherTool] }).finalMessage();
  assert.equal(streamed.stop_reason, 'tool_use');
  assert.deepEqual(streamed.content[0].input, { city: 'Paris' });

  const history = [
    ...ask.messages,
    { role: 'assistant', content: first.content },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_mock_1', content: '18 C, clear' }] },
  ];
  const answer = await client(toolCall).messages.create({ ...ask, tools: [weatherTool], messages: history });
  assert.equal(answer.stop_reason, 'end_turn');
  assert.equal(answer.content[0].text, 'mock0 mock1 mock2 mock3');

  const again = await client(toolCall).messages.create({ ...ask, tools: [weatherTool],
    messages: [...history, { role: 'assistant', content: answer.content }, { role: 'user', content: 'And Rome?' }] });
  assert.equal(again.stop_reason, 'tool_use');
});

test('errors come in Anthropic shape: no key, no version, no max_tokens, 429 and 529 on demand', async () => {
  const isError = (Type, status, type, message) => (error) => {
    assert.ok(error instanceof Type, `${error}`);
    assert.equal(error.status, status);
    assert.equal(error.error.type, 'error');
    assert.equal(error.error.error.type, type);
    if (message) assert.match(error.error.error.message, message);
    return true;
  };
  await assert.rejects(client({ apiKey: null, defaultHeaders: { authorization: null } }).messages.create(ask),
    isError(Anthropic.AuthenticationError, 401, 'authentication_error', /x-api-key/));
  await assert.rejects(client({ defaultHeaders: { 'anthropic-version': null } }).messages.create(ask),
    isError(Anthropic.BadRequestError, 400, 'invalid_request_error', /anthropic-version/));
  await assert.rejects(client().messages.create({ model: ask.model, messages: ask.messages }),
    isError(Anthropic.BadRequestError, 400, 'invalid_request_error', /^max_tokens: Field required$/));
  await assert.rejects(client({ defaultHeaders: { 'x-mock-status': '429' } }).messages.create(ask), (error) =>
    isError(Anthropic.RateLimitError, 429, 'rate_limit_error')(error) && error.headers.get('retry-after') === '1');
  await assert.rejects(client({ defaultHeaders: { 'x-mock-status': '529' } }).messages.create(ask),
    isError(Anthropic.InternalServerError, 529, 'overloaded_error'));
  await assert.rejects(client({ defaultHeaders: { 'x-mock-status': '529' } }).messages.stream(ask).finalMessage(),
    isError(Anthropic.InternalServerError, 529, 'overloaded_error'));
});
