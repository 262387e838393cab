// The official `openai` client's Responses API, unchanged but for its base URL and key, against Sluice
// serving it over an OpenAI-wire (Chat Completions) channel: bodies, event streams, function calls,
// previous_response_id continuing a stored conversation, GET and DELETE, errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { startGateway, startMockUpstream, stop } from './lib/processes.mjs';

let upstream;
let gateway;

before(async () => {
  upstream = await startMockUpstream(['--chunks', '6']);
  gateway = await startGateway({
    channels: [
      { name: 'openai-wire', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up-1234'], models: ['gpt-4.1'] },
      { name: 'calls-tools', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up-1234'], models: ['tool-model'],
        options: { headers: { 'x-mock-tool-call': 'get_weather {"city":"Paris"}' } } },
    ],
    tokens: [{ name: 'codex', key: 'sk-responses-e2e' }, { name: 'other', key: 'sk-responses-other' }],
  });
});

after(async () => {
  await gateway?.stop();
  await stop(upstream?.child);
  gateway?.cleanup();
});

const client = (apiKey = 'sk-responses-e2e') => new OpenAI({ apiKey, baseURL: gateway.baseURL, maxRetries: 0 });
const weatherTool = {
  type: 'function', name: 'get_weather', description: 'Weather for a city', strict: false,
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

test('a response comes back as a Response object, with usage', async () => {
  const response = await client().responses.create({ model: 'gpt-4.1', instructions: 'Be brief.', input: 'Hello' });
  assert.match(response.id, /^resp_[0-9a-f]{48}$/);
  assert.equal(response.object, 'response');
  assert.equal(response.status, 'completed');
  assert.equal(response.model, 'gpt-4.1');
  assert.equal(response.instructions, 'Be brief.');
  assert.equal(response.output.length, 1);
  assert.equal(response.output[0].type, 'message');
  assert.equal(response.output[0].role, 'assistant');
  assert.equal(response.output[0].content[0].type, 'output_text');
  assert.match(response.output_text, /mock0 mock1/);
  assert.equal(response.usage.output_tokens, 6);
  assert.ok(response.usage.input_tokens > 0);
  assert.equal(response.usage.total_tokens, response.usage.input_tokens + 6);
  assert.equal(response.usage.input_tokens_details.cached_tokens, 0);
});

test('a stream arrives as the Responses events, in order, usage in response.completed', async () => {
  const stream = await client().responses.create({ model: 'gpt-4.1', input: [{ role: 'user', content: 'Hello' }], stream: true });
  const types = [];
  let text = '';
  let completed;
  for await (const event of stream) {
    types.push(event.type);
    assert.equal(event.sequence_number, types.length - 1);
    if (event.type === 'response.output_text.delta') text += event.delta;
    if (event.type === 'response.completed') completed = event.response;
  }
  assert.deepEqual(types.slice(0, 4),
    ['response.created', 'response.in_progress', 'response.output_item.added', 'response.content_part.added']);
  assert.ok(types.filter((type) => type === 'response.output_text.delta').length >= 6);
  assert.deepEqual(types.slice(-4),
    ['response.output_text.done', 'response.content_part.done', 'response.output_item.done', 'response.completed']);
  assert.match(text, /mock0 mock1 mock2/);
  assert.equal(completed.status, 'completed');
  assert.equal(completed.output[0].content[0].text, text);
  assert.equal(completed.usage.output_tokens, 6);
  assert.ok(completed.usage.input_tokens > 0);
});

test('the client\'s stream helper assembles the final response', async () => {
  const stream = client().responses.stream({ model: 'gpt-4.1', input: 'Hello' });
  let text = '';
  stream.on('response.output_text.delta', (event) => { text += event.delta; });
  const response = await stream.finalResponse();
  assert.match(text, /mock0 mock1/);
  assert.equal(response.output[0].content[0].text, text);
  assert.equal(response.usage.output_tokens, 6);
});

test('a function-call turn: the call comes back, its output goes in, the model answers', async () => {
  const first = await client().responses.create({ model: 'tool-model', input: 'Weather in Paris?', tools: [weatherTool] });
  assert.equal(first.output.length, 1);
  const call = first.output[0];
  assert.equal(call.type, 'function_call');
  assert.equal(call.name, 'get_weather');
  assert.deepEqual(JSON.parse(call.arguments), { city: 'Paris' });
  assert.match(call.id, /^fc_/);
  assert.ok(call.call_id);

  const stream = await client().responses.create({ model: 'tool-model', input: 'Weather in Paris?', tools: [weatherTool], stream: true });
  const types = [];
  let streamedCall;
  for await (const event of stream) {
    types.push(event.type);
    if (event.type === 'response.output_item.done') streamedCall = event.item;
  }
  assert.deepEqual(types, ['response.created', 'response.in_progress', 'response.output_item.added',
    'response.function_call_arguments.delta', 'response.function_call_arguments.done', 'response.output_item.done',
    'response.completed']);
  assert.equal(streamedCall.arguments, '{"city":"Paris"}');

  const answer = await client().responses.create({
    model: 'tool-model', tools: [weatherTool], store: false,
    input: [
      { role: 'user', content: 'Weather in Paris?' },
      { type: 'function_call', call_id: call.call_id, name: call.name, arguments: call.arguments },
      { type: 'function_call_output', call_id: call.call_id, output: '18 C, clear' },
    ],
  });
  assert.equal(answer.output[0].type, 'message');
  assert.match(answer.output_text, /mock0/);
});

test('previous_response_id continues a stored conversation, function call included', async () => {
  const first = await client().responses.create({ model: 'tool-model', input: 'Weather in Paris?', tools: [weatherTool] });
  const call = first.output[0];
  const second = await client().responses.create({
    model: 'tool-model', tools: [weatherTool], previous_response_id: first.id,
    input: [{ type: 'function_call_output', call_id: call.call_id, output: '18 C, clear' }],
  });
  assert.equal(second.previous_response_id, first.id);
  assert.match(second.output_text, /mock0/);  // the mock calls the tool until it sees the tool's result
  const third = await client().responses.create({ model: 'gpt-4.1', previous_response_id: second.id, input: 'Thanks!', stream: true });
  let completed;
  for await (const event of third) if (event.type === 'response.completed') completed = event.response;
  assert.equal(completed.status, 'completed');
  assert.equal((await client().responses.retrieve(completed.id)).output[0].content[0].text, completed.output[0].content[0].text);

  await assert.rejects(client().responses.create({ model: 'gpt-4.1', previous_response_id: 'resp_nope', input: 'x' }),
    (error) => error instanceof OpenAI.NotFoundError && error.param === 'previous_response_id');
  const unstored = await client().responses.create({ model: 'gpt-4.1', input: 'x', store: false });
  await assert.rejects(client().responses.retrieve(unstored.id), OpenAI.NotFoundError);
});

test('GET and DELETE a stored response, visible only to the token that created it', async () => {
  const created = await client().responses.create({ model: 'gpt-4.1', input: 'Remember me' });
  const fetched = await client().responses.retrieve(created.id);
  assert.equal(fetched.id, created.id);
  assert.equal(fetched.output_text, created.output_text);
  await assert.rejects(client('sk-responses-other').responses.retrieve(created.id), OpenAI.NotFoundError);
  await assert.rejects(client('sk-responses-other').responses.create({ model: 'gpt-4.1', previous_response_id: created.id, input: 'x' }),
    OpenAI.NotFoundError);
  await assert.rejects(client('sk-responses-other').responses.delete(created.id), OpenAI.NotFoundError);

  const deleted = await fetch(`${gateway.baseURL}/responses/${created.id}`,
    { method: 'DELETE', headers: { authorization: 'Bearer sk-responses-e2e' } });
  assert.equal(deleted.status, 200);
  assert.deepEqual(await deleted.json(), { id: created.id, object: 'response', deleted: true });
  await assert.rejects(client().responses.retrieve(created.id), OpenAI.NotFoundError);
  await assert.rejects(client().responses.delete(created.id), OpenAI.NotFoundError);
});

test('errors come in OpenAI\'s shape, naming the Responses field', async () => {
  await assert.rejects(client('sk-wrong').responses.create({ model: 'gpt-4.1', input: 'x' }), OpenAI.AuthenticationError);
  await assert.rejects(client().responses.create({ model: 'gpt-4.1', input: 'x', tools: [{ type: 'web_search' }] }),
    (error) => error instanceof OpenAI.BadRequestError && error.param === 'tools[0].type' && /web_search/.test(error.message));
  await assert.rejects(client().responses.create({ model: 'gpt-4.1', input: [{ type: 'function_call_output', call_id: 'c', output: 'x' }] }),
    (error) => error instanceof OpenAI.BadRequestError && error.param === 'input[0].call_id');
  await assert.rejects(client().responses.create({ model: 'no-such-model', input: 'x' }), OpenAI.NotFoundError);
});

test('each response is in the usage log with its tokens', async () => {
  const { data: stream, response } = await client().responses.create({ model: 'gpt-4.1', input: 'Hello', stream: true })
    .withResponse();
  for await (const event of stream) assert.ok(event.type);
  const id = response.headers.get('x-request-id');
  let rows = [];
  for (let tries = 0; tries < 50 && rows.length === 0; ++tries) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    rows = JSON.parse(gateway.query(`SELECT prompt_tokens, completion_tokens, status, stream FROM usage_log WHERE request_id = '${id}'`) || '[]');
  }
  assert.equal(rows.length, 1);
  assert.equal(rows[0].status, 200);
  assert.equal(rows[0].stream, 1);
  assert.equal(rows[0].completion_tokens, 6);
  assert.ok(rows[0].prompt_tokens > 0);
});
