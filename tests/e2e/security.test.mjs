// The security probe's inputs against a running gateway: each once crashed it, held its memory,
// leaked an upstream key or lost usage rows. Real sockets, the real openai client, the mock upstream
// acting as a compromised provider, and kill -9 on the gateway itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import OpenAI from 'openai';
import { serveAgain, startGateway, startMockUpstream, stop } from './lib/processes.mjs';

let upstream;
let slowUpstream;
let gateway;

const hostile = (name, mode, keys = ['sk-ok-1234']) => ({
  name, provider: 'openai', base_url: upstream.baseUrl, keys, models: [name],
  options: { headers: { 'x-mock-hostile': mode } },
});

const spec = () => ({
  channels: [
    { name: 'healthy', provider: 'openai', base_url: upstream.baseUrl, keys: ['sk-ok-1234'], models: ['gpt-4o-mini'] },
    { name: 'slow', provider: 'openai', base_url: slowUpstream.baseUrl, keys: ['sk-slow-1234'], models: ['slow-model'] },
    hostile('deep-model', 'deep-usage'),
    hostile('echo-model', 'echo-key', ['sk-upstream-secret-echo-5678']),
  ],
  tokens: [{ name: 'ci', key: 'sk-security' }],
});

before(async () => {
  upstream = await startMockUpstream();
  slowUpstream = await startMockUpstream(['--chunks', '1000', '--chunk-delay-ms', '20']);
  gateway = await startGateway(spec());
});

after(async () => {
  await gateway?.stop();
  await stop(upstream?.child);
  await stop(slowUpstream?.child);
  gateway?.cleanup();
});

const client = (g = gateway) => new OpenAI({ apiKey: 'sk-security', baseURL: g.baseURL, maxRetries: 0 });
const post = (body, headers = {}) =>
  fetch(`${gateway.baseURL}/chat/completions`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
const alive = async () => assert.equal((await fetch(`${gateway.origin}/healthz`)).status, 200);

/** Sends raw bytes on a new connection and resolves with everything the server sent until it closed. */
function raw(bytes) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(new URL(gateway.origin).port), '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (data) => { answer += data; });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(5000, () => { socket.destroy(); reject(new Error(`no close; got ${answer}`)); });
  });
}

test('deep nesting without a key is a 401 and with a key a 400 naming the limit; the gateway lives', async () => {
  for (const body of ['['.repeat(90000), '{"a":'.repeat(100000)]) {
    assert.equal((await post(body)).status, 401);
    const refused = await post(body, { authorization: 'Bearer sk-security' });
    assert.equal(refused.status, 400);
    const { error } = await refused.json();
    assert.equal(error.code, 'invalid_json');
    assert.match(error.message, /deeper than 512 levels/);
  }
  await alive();
});

test('an 8 MB body announced without credentials is refused at once, unread', async () => {
  const started = Date.now();
  const answer = await raw('POST /v1/chat/completions HTTP/1.1\r\nHost: t\r\nContent-Length: 8388608\r\n\r\n');
  assert.match(answer, /^HTTP\/1\.1 401 /);
  assert.match(answer, /"code":"missing_api_key"/);
  assert.ok(Date.now() - started < 3000);
});

test('two Host headers are a 400', async () => {
  const answer = await raw('GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n');
  assert.match(answer, /^HTTP\/1\.1 400 /);
});

test("an upstream's million-deep usage is a 502 as a body, relayed or refused as a stream; the gateway lives", async () => {
  await assert.rejects(client().chat.completions.create({ model: 'deep-model', messages: [{ role: 'user', content: 'x' }] }),
    (error) => error.status === 502);
  const stream = await post(JSON.stringify({ model: 'deep-model', stream: true, messages: [{ role: 'user', content: 'x' }] }),
    { authorization: 'Bearer sk-security' });
  // Relayed as bytes, or refused whole when the event passes the SSE parser's size cap: never a crash.
  assert.ok([200, 502].includes(stream.status), `status ${stream.status}`);
  if (stream.status === 200) assert.match(await stream.text(), /data: \[DONE\]/);
  await alive();
});

test("an upstream that echoes its key never hands it to the caller", async () => {
  await assert.rejects(client().chat.completions.create({ model: 'echo-model', messages: [{ role: 'user', content: 'x' }] }),
    (error) => {
      assert.equal(error.status, 400);
      assert.doesNotMatch(JSON.stringify(error.error) + error.message, /sk-upstream-secret-echo-5678/);
      assert.match(error.message, /\[redacted\]/);
      return true;
    });
  assert.doesNotMatch(gateway.log(), /sk-upstream-secret-echo-5678/);
});

test('the data directory is 0700 and the database 0600', async () => {
  const { statSync } = await import('node:fs');
  assert.equal(statSync(gateway.dataDir).mode & 0o777, 0o700);
  assert.equal(statSync(`${gateway.dataDir}/sluice.db`).mode & 0o777, 0o600);
});

test('kill -9 loses no usage row of a request the client saw complete', async () => {
  const victim = await startGateway(spec(), { env: { SLUICE_USAGE_FLUSH_INTERVAL_MS: '60000' } });
  const completed = new Set();
  let running = true;
  const worker = async () => {
    while (running) {
      try {
        const { response } = await client(victim).chat.completions
          .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'count me' }] }).withResponse();
        if (running) completed.add(response.headers.get('x-request-id'));
      } catch {
        return;  // the gateway is gone
      }
    }
  };
  const workers = Array.from({ length: 16 }, worker);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const seen = new Set(completed);  // every request the clients saw complete before the kill
  const killed = new Promise((resolve) => victim.child.once('exit', resolve));
  victim.child.kill('SIGKILL');
  running = false;
  await Promise.all(workers);
  await killed;
  assert.ok(seen.size > 200, `only ${seen.size} requests completed`);
  const replay = await serveAgain(victim);  // the next start stores what the killed one journaled
  try {
    let stored = new Set();
    for (let tries = 0; tries < 50; ++tries) {
      stored = new Set(JSON.parse(victim.query('SELECT request_id FROM usage_log') || '[]').map((row) => row.request_id));
      if ([...seen].every((id) => stored.has(id))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const missing = [...seen].filter((id) => !stored.has(id));
    assert.deepEqual(missing, [], `${missing.length} of ${seen.size} completed requests have no usage row`);
    const doubled = JSON.parse(victim.query('SELECT request_id FROM usage_log GROUP BY request_id HAVING COUNT(*) > 1') || '[]');
    assert.deepEqual(doubled, []);
  } finally {
    await replay.stop();
    victim.cleanup();
  }
});

test('a stream cut by the shutdown drain is billed for what was streamed', async () => {
  const draining = await startGateway(spec());
  const stream = await client(draining).chat.completions.create({
    model: 'slow-model', stream: true, messages: [{ role: 'user', content: 'talk' }],
  });
  let events = 0;
  const reading = (async () => { try { for await (const chunk of stream) events += chunk ? 1 : 0; } catch { /* cut */ } })();
  while (events < 10) await new Promise((resolve) => setTimeout(resolve, 20));
  // SIGTERM: the 5 s drain ends the 20 s stream. Waited for longer than stop() does (it kills after 5 s).
  const exited = new Promise((resolve) => draining.child.once('exit', resolve));
  draining.child.kill('SIGTERM');
  const bound = setTimeout(() => draining.child.kill('SIGKILL'), 15000);
  await exited;
  clearTimeout(bound);
  await reading;
  const [row] = JSON.parse(draining.query('SELECT status, completion_tokens, prompt_tokens, error FROM usage_log') || '[{}]');
  draining.cleanup();
  assert.equal(row.status, 499);
  assert.ok(row.completion_tokens >= events, `completion_tokens ${row.completion_tokens} < ${events} events seen`);
  assert.ok(row.prompt_tokens > 0);
  assert.match(row.error, /usage estimated/);
});
