// The official @google/genai client, unchanged but for its base URL and key, against Sluice serving
// Gemini's generateContent over an OpenAI-wire channel (the mock upstream): answers, streams, a function
// call and its response, errors in Google's shape, the model list and the usage log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { GoogleGenAI } from '@google/genai';
import { startGateway, startMockUpstream, stop } from './lib/processes.mjs';

let upstream;
let gateway;

before(async () => {
  upstream = await startMockUpstream(['--chunks', '5']);
  gateway = await startGateway({
    channels: [
      { name: 'openai-wire', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up-1234'], models: ['gemini-2.5-flash'] },
      { name: 'calling', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up-1234'], models: ['gemini-tools'],
        options: { headers: { 'x-mock-tool-call': 'get_weather {"city":"Paris"}' } } },
    ],
    tokens: [{ name: 'genai', key: 'sk-gemini-e2e' }],
  });
});

after(async () => {
  await gateway?.stop();
  await stop(upstream?.child);
  gateway?.cleanup();
});

const client = (apiKey = 'sk-gemini-e2e') => new GoogleGenAI({ apiKey, httpOptions: { baseUrl: gateway.origin } });

test('generateContent answers in Gemini shape, with usage', async () => {
  const response = await client().models.generateContent({
    model: 'gemini-2.5-flash', contents: 'Hello', config: { systemInstruction: 'Be brief.', temperature: 0.2 },
  });
  assert.match(response.text, /mock0 mock1 mock2/);
  assert.equal(response.candidates[0].finishReason, 'STOP');
  assert.equal(response.usageMetadata.candidatesTokenCount, 5);
  assert.ok(response.usageMetadata.promptTokenCount > 0);
});

test('generateContentStream arrives chunk by chunk (alt=sse), usage on the last', async () => {
  const stream = await client().models.generateContentStream({ model: 'gemini-2.5-flash', contents: 'Count' });
  const texts = [];
  let last;
  for await (const chunk of stream) {
    if (chunk.text) texts.push(chunk.text);
    last = chunk;
  }
  assert.equal(texts.length, 5);
  assert.equal(texts.join(''), 'mock0 mock1 mock2 mock3 mock4 ');
  assert.equal(last.candidates[0].finishReason, 'STOP');
  assert.equal(last.usageMetadata.candidatesTokenCount, 5);
});

test('a function call comes back as functionCall, and its functionResponse continues the turn', async () => {
  const tools = [{ functionDeclarations: [{ name: 'get_weather', description: 'Weather', parameters: { type: 'OBJECT', properties: { city: { type: 'STRING' } } } }] }];
  const first = await client().models.generateContent({ model: 'gemini-tools', contents: 'Weather in Paris?', config: { tools } });
  assert.equal(first.functionCalls.length, 1);
  assert.equal(first.functionCalls[0].name, 'get_weather');
  assert.deepEqual(first.functionCalls[0].args, { city: 'Paris' });
  const second = await client().models.generateContent({
    model: 'gemini-tools',
    config: { tools },
    contents: [
      { role: 'user', parts: [{ text: 'Weather in Paris?' }] },
      { role: 'model', parts: [{ functionCall: first.functionCalls[0] }] },
      { role: 'user', parts: [{ functionResponse: { name: 'get_weather', response: { temp: 18 } } }] },
    ],
  });
  assert.match(second.text, /mock0/);  // the mock answers once the conversation carries the tool's result
});

test("errors come in Google's shape: a wrong key, a tool this channel cannot serve", async () => {
  await assert.rejects(client('sk-wrong').models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' }), (error) => {
    assert.equal(error.status, 401);
    assert.match(error.message, /UNAUTHENTICATED/);
    return true;
  });
  await assert.rejects(client().models.generateContent({
    model: 'gemini-2.5-flash', contents: 'x', config: { tools: [{ googleSearch: {} }] },
  }), (error) => {
    assert.equal(error.status, 400);
    assert.match(error.message, /INVALID_ARGUMENT/);
    assert.match(error.message, /only functionDeclarations tools/);
    return true;
  });
});

test('the model list shows what the key may use', async () => {
  const names = [];
  for await (const model of await client().models.list()) names.push(model.name);
  assert.deepEqual(names.sort(), ['models/gemini-2.5-flash', 'models/gemini-tools']);
});
