// Plugin packages end to end: sign, trust, install, then upgrade a provider under
// load — zero failed requests, in-flight streams finish on the old version, new
// requests reach the new one — and tampered packages are refused with their reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { paths, sluice, startGateway, startMockUpstream, stop } from './lib/processes.mjs';

const PLATFORM = { x64: 'linux-x86_64', arm64: 'linux-aarch64' }[process.arch];
const LOAD_WORKERS = 8;
const work = mkdtempSync(join(tmpdir(), 'sluice-e2e-lifecycle-'));
let upstream;
let gateway;

/** Runs a sluice command that needs no gateway settings (keygen, pack, sign). */
const tool = (args) => execFileSync(paths.sluice(), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Runs a sluice command; returns { code, out } instead of throwing on a non-zero exit. */
function tryCli(args) {
  try {
    return { code: 0, out: sluice(gateway.dataDir, args) };
  } catch (e) {
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

/** Stages test/upgradable at version (built by the test plugins) as a package folder and packs it. */
function pack(version, name = `upgradable-${version}`) {
  const built = join(process.env.SLUICE_TEST_PACKAGES_DIR, `upgradable_${version.replaceAll('.', '_')}`);
  const stage = join(work, name);
  mkdirSync(join(stage, 'lib', PLATFORM), { recursive: true });
  cpSync(join(built, 'manifest.json'), join(stage, 'manifest.json'));
  const library = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8')).library;
  cpSync(join(built, library), join(stage, 'lib', PLATFORM, library));
  writeFileSync(join(stage, 'README.md'), `test/upgradable ${version}\n`);
  const file = join(work, `${name}.sluicepkg`);
  tool(['plugin', 'pack', stage, '--out', file]);
  return file;
}

const client = () => new OpenAI({ apiKey: 'sk-lifecycle', baseURL: gateway.baseURL, maxRetries: 0 });
const ask = () => client().chat.completions.create({ model: 'up-chat', messages: [{ role: 'user', content: 'hi' }] });

/** Streams one completion; returns the fingerprints its chunks carried and its text. */
async function stream() {
  const chunks = await client().chat.completions.create({ model: 'up-chat', stream: true,
    messages: [{ role: 'user', content: 'stream' }] });
  const fingerprints = new Set();
  let text = '';
  for await (const chunk of chunks) {
    fingerprints.add(chunk.system_fingerprint);
    text += chunk.choices[0]?.delta?.content ?? '';
  }
  return { fingerprints, text };
}

before(async () => {
  upstream = await startMockUpstream(['--chunks', '30', '--chunk-delay-ms', '40']);
  gateway = await startGateway({
    channels: [{ name: 'up', provider: 'upgradable', base_url: upstream.baseUrl, keys: ['sk-up'], models: ['up-chat'] }],
    tokens: [{ name: 't', key: 'sk-lifecycle' }],
  });
  const keyOut = tool(['plugin', 'keygen', '--out', join(work, 'publisher')]);
  assert.match(keyOut, /[0-9a-f]{16}/);
  sluice(gateway.dataDir, ['plugin', 'trust', join(work, 'publisher.pub')]);
});

after(async () => {
  await gateway?.stop();
  await stop(upstream?.child);
  gateway?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

test('tampered, unsigned and foreign-key packages are refused with the reason', () => {
  const good = pack('1.0.0', 'tamper-base');
  tool(['plugin', 'sign', good, '--key', join(work, 'publisher.key')]);
  assert.equal(tryCli(['plugin', 'verify', good]).code, 0);

  const unsigned = pack('1.0.0', 'unsigned');
  const refusedUnsigned = tryCli(['plugin', 'install', unsigned]);
  assert.notEqual(refusedUnsigned.code, 0);
  assert.match(refusedUnsigned.out, /unsigned/);

  const bytes = readFileSync(good);
  const flipped = Buffer.from(bytes);
  const at = flipped.indexOf(Buffer.from('test/upgradable 1.0.0'));
  flipped[at] = 'T'.charCodeAt(0);
  writeFileSync(join(work, 'flipped.sluicepkg'), flipped);
  const refusedFlip = tryCli(['plugin', 'install', join(work, 'flipped.sluicepkg')]);
  assert.notEqual(refusedFlip.code, 0);
  assert.match(refusedFlip.out, /README\.md: contents do not match FILES\.sha256/);

  tool(['plugin', 'keygen', '--out', join(work, 'stranger')]);
  const foreign = pack('1.0.0', 'foreign');
  tool(['plugin', 'sign', foreign, '--key', join(work, 'stranger.key')]);
  const refusedForeign = tryCli(['plugin', 'install', foreign]);
  assert.notEqual(refusedForeign.code, 0);
  assert.match(refusedForeign.out, /not in the trust store/);
  assert.doesNotMatch(JSON.stringify(JSON.parse(sluice(gateway.dataDir, ['plugin', 'list', '--json']))), /test\/upgradable/);
});

test('upgrade under load: zero failures, old streams finish on 1.0.0, new requests reach 2.0.0', async () => {
  const v1 = pack('1.0.0');
  const v2 = pack('2.0.0');
  for (const file of [v1, v2]) tool(['plugin', 'sign', file, '--key', join(work, 'publisher.key')]);
  sluice(gateway.dataDir, ['plugin', 'install', v1]);
  await waitFor(async () => (await ask()).system_fingerprint === 'upgradable-1.0.0');

  let upgraded = false;
  const failures = [];
  let completed = 0;
  const seen = { before: new Set(), after: new Set() };
  const worker = async (n) => {
    while (!upgraded || seen.after.size === 0 || Date.now() < settleUntil) {
      const startedAfter = upgraded;
      try {
        const fingerprint = n % 2 ? (await ask()).system_fingerprint : [...(await stream()).fingerprints].join(',');
        (startedAfter ? seen.after : seen.before).add(fingerprint);
        completed += 1;
      } catch (e) {
        failures.push(`${e.status ?? ''} ${e.message}`);
      }
    }
  };
  let settleUntil = Infinity;
  const longStream = stream();
  const load = Promise.all(Array.from({ length: LOAD_WORKERS }, (_, n) => worker(n)));
  await new Promise((r) => setTimeout(r, 150));
  sluice(gateway.dataDir, ['plugin', 'install', v2]);
  upgraded = true;
  settleUntil = Date.now() + 2500;
  const old = await longStream;
  await load;

  assert.deepEqual(failures, []);
  assert.ok(completed >= 40, `only ${completed} requests ran under load`);
  assert.deepEqual([...old.fingerprints], ['upgradable-1.0.0'], 'a stream in flight finishes on the old instance');
  assert.ok(seen.before.has('upgradable-1.0.0'));
  assert.ok(seen.after.has('upgradable-2.0.0'), `after the upgrade: ${[...seen.after]}`);
  const latest = await ask();
  assert.equal(latest.system_fingerprint, 'upgradable-2.0.0');
  const listed = JSON.parse(sluice(gateway.dataDir, ['plugin', 'list', '--json']));
  const record = listed.find((p) => p.id === 'test/upgradable');
  assert.equal(record.version, '2.0.0');
  assert.match(record.origin, /^signed by key [0-9a-f]{16}$/);
});

/** Polls check (an async predicate) for up to 5 s. */
async function waitFor(check) {
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not there yet
    }
    if (Date.now() > deadline) throw new Error('condition not met within 5 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}
