// An operator isolates provider plugins in `sluice plugin-runner` child processes:
// the OpenAI client sees no difference, and a plugin that crashes fails only its own call.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import OpenAI from 'openai';
import { mixedPluginsDir, sluice, startGateway, startMockUpstream, stop } from './lib/processes.mjs';

let upstream;
let gateway;
let pluginsDir;

before(async () => {
  pluginsDir = mixedPluginsDir();
  upstream = await startMockUpstream(['--chunks', '5']);
  gateway = await startGateway({
    channels: [
      { name: 'iso', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-up'], models: ['gpt-iso'] },
      { name: 'crashy', provider: 'crashy', base_url: upstream.baseUrl, keys: ['sk-up'], models: ['fragile-chat'] },
    ],
    tokens: [{ name: 't', key: 'sk-isolation' }],
    plugins: [
      { id: 'sluice/provider-openai', isolated: true },
      { id: 'test/crashes-on-request', isolated: true },
    ],
  }, { pluginsDir });
});

after(async () => {
  await gateway?.stop();
  await stop(upstream?.child);
  gateway?.cleanup();
  rmSync(pluginsDir, { recursive: true, force: true });
});

const client = () => new OpenAI({ apiKey: 'sk-isolation', baseURL: gateway.baseURL, maxRetries: 0 });

/** Command lines of the gateway's child processes. */
function children() {
  const out = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === gateway.child.pid) out.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

test('an isolated provider serves completions and streams through a plugin-runner child', async () => {
  const completion = await client().chat.completions.create({ model: 'gpt-iso',
    messages: [{ role: 'user', content: 'hello' }] });
  assert.ok(completion.choices[0].message.content.length > 0);
  assert.ok(completion.usage.total_tokens > 0);
  let text = '';
  let usage;
  const stream = await client().chat.completions.create({ model: 'gpt-iso', stream: true,
    stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'stream please' }] });
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    usage = chunk.usage ?? usage;
  }
  assert.ok(text.length > 0);
  assert.ok(usage.completion_tokens > 0);
  assert.ok(children().some((cmd) => /plugin-runner --folder \S*provider-openai/.test(cmd)), children().join('\n'));
  const listed = JSON.parse(sluice(gateway.dataDir, ['plugin', 'list', '--json'], pluginsDir));
  assert.match(listed.find((p) => p.id === 'sluice/provider-openai').origin, /isolated in a plugin-runner process/);
});

test('a plugin that crashes its runner fails only that request; the gateway and the next request are fine', async () => {
  const ask = (content) => client().chat.completions.create({ model: 'fragile-chat',
    messages: [{ role: 'user', content }] });
  assert.ok((await ask('hello')).choices.length > 0);
  await assert.rejects(ask('please crash now'), (e) => {
    assert.equal(e.status, 502);
    assert.doesNotMatch(e.message, /signal|runner|crashes-on-request/, 'no plugin internals reach the caller');
    return true;
  });
  assert.match(gateway.log(), /plugin runner for test\/crashes-on-request exited \(killed by signal 6\)/);
  assert.ok((await ask('hello again')).choices.length > 0);
  assert.ok((await client().chat.completions.create({ model: 'gpt-iso', messages: [{ role: 'user', content: 'x' }] }))
    .choices.length > 0);
});
