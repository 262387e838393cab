// The sluice command line: help, one-line errors with non-zero exits, keys shown once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paths } from './lib/processes.mjs';

const run = (args, dataDir) => spawnSync(paths.sluice(), dataDir ? [...args, '--data-dir', dataDir] : args,
  { encoding: 'utf8' });

const withDataDir = (body) => {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-cli-'));
  try { return body(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
};

test('help lists every command and each command has --help', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  for (const command of ['serve', 'migrate', 'apply', 'plugin list', 'token create', 'version']) {
    assert.match(help.stdout, new RegExp(`\\b${command}\\b`));
    const own = run([...command.split(' '), '--help']);
    assert.equal(own.status, 0, command);
    assert.match(own.stdout, /Usage: sluice/);
  }
  assert.match(run(['version']).stdout, /plugin ABI 1\.2/);
});

test('unknown commands, unknown flags and bad values: one line, exit 2', () => {
  const cases = [
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['serve', '--bogus'], /unknown flag --bogus/],
    [['serve', '--listen'], /--listen needs a value/],
    [['serve', '--listen', 'nowhere'], /server\.listen/],
    [['token', 'create'], /--name is required/],
    [['token', 'create', '--name', 'x', '--quota', '-1'], /--quota must be a non-negative integer/],
    [['apply'], /exactly one FILE/],
  ];
  withDataDir((dir) => {
    for (const [args, message] of cases) {
      const result = run(args, dir);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}`);
    }
  });
});

test('apply rejects an invalid file whole, naming the field', () => withDataDir((dir) => {
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify({
    channels: [{ name: 'ok', provider: 'openai', models: ['m'] }, { name: 'bad', provider: 'openai', models: ['m'], weight: -2 }],
  }));
  const result = run(['apply', file], dir);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /channels\[1\]\.weight: .*nothing was applied/);
  const listed = spawnSync('sqlite3', [join(dir, 'sluice.db'), 'SELECT COUNT(*) FROM channels'], { encoding: 'utf8' });
  assert.notEqual(listed.stdout.trim(), '1');
}));

test('token create prints the key once and stores only its hash', () => withDataDir((dir) => {
  const created = run(['token', 'create', '--name', 'alice', '--models', 'gpt-4o-mini,gpt-4o', '--quota', '500'], dir);
  assert.equal(created.status, 0, created.stderr);
  const key = created.stdout.match(/(sk-[A-Za-z0-9]{48})/)[1];
  const stored = spawnSync('sqlite3', [join(dir, 'sluice.db'), 'SELECT key_hash, models_json, quota FROM tokens'],
    { encoding: 'utf8' }).stdout;
  assert.ok(!stored.includes(key));
  assert.match(stored, /gpt-4o-mini.*gpt-4o.*\|500/);
  const again = run(['token', 'create', '--name', 'alice'], dir);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /already exists/);
}));

test('migrate reports the schema version', () => withDataDir((dir) => {
  const result = run(['migrate'], dir);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /schema version [1-9][0-9]*/);
}));
