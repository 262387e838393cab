// Broken plugins beside the built-in ones: each refused with its reason, and the gateway still serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { mixedPluginsDir, sluice, startGateway } from './lib/processes.mjs';

test('plugin list reports loaded and refused plugins; serve keeps serving', async () => {
  const pluginsDir = mixedPluginsDir();
  const dataDir = mkdtempSync(join(tmpdir(), 'sluice-e2e-list-'));
  try {
    const listed = JSON.parse(sluice(dataDir, ['plugin', 'list', '--json'], pluginsDir));
    const byId = Object.fromEntries(listed.map((p) => [p.id || p.directory, p]));
    assert.equal(byId['sluice/provider-openai'].state, 'loaded');
    assert.equal(byId['sluice/provider-mock'].state, 'loaded');
    assert.equal(byId['test/good-provider'].state, 'loaded');
    assert.match(byId['test/wrong-major'].reason, /ABI major 2/);
    assert.match(byId['test/missing-entry'].reason, /does not export sluice_plugin_entry_v1/);
    assert.match(byId['test/id-mismatch'].reason, /does not match manifest id/);
    assert.match(byId['test/entry-throws'].reason, /entry point threw/);
    assert.ok(listed.filter((p) => p.state === 'refused').length >= 10);

    const gateway = await startGateway({
      channels: [{ name: 'mock', provider: 'mock', models: ['mock-chat'] }],
      tokens: [{ name: 't', key: 'sk-plugins-test' }],
    }, { pluginsDir, env: { SLUICE_ADMIN_TOKEN: 'admin-secret-e2e' } });
    try {
      const client = new OpenAI({ apiKey: 'sk-plugins-test', baseURL: gateway.baseURL, maxRetries: 0 });
      const completion = await client.chat.completions.create({ model: 'mock-chat', messages: [{ role: 'user', content: 'ok?' }] });
      assert.match(completion.choices[0].message.content, /ok\?/);
      assert.match(gateway.log(), /refused plugin .*wrong_major.*ABI major 2/);

      const denied = await fetch(`${gateway.origin}/admin/api/plugins`);
      assert.equal(denied.status, 401);
      assert.match(denied.headers.get('www-authenticate'), /Basic/);
      const api = await fetch(`${gateway.origin}/admin/api/plugins`, { headers: { authorization: 'Bearer admin-secret-e2e' } });
      const records = await api.json();
      assert.equal(records.find((p) => p.id === 'test/newer-minor').state, 'refused');
      const basic = Buffer.from('operator:admin-secret-e2e').toString('base64');
      const page = await fetch(`${gateway.origin}/admin/plugins`, { headers: { authorization: `Basic ${basic}` } });
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type'), /text\/html/);
      const html = await page.text();
      assert.match(html, /data-plugin="test\/wrong-major"[\s\S]*?refused[\s\S]*?built for ABI major 2/);
      assert.match(html, /data-plugin="sluice\/provider-openai"[\s\S]*?loaded/);

      const metrics = await (await fetch(`${gateway.origin}/metrics`, { headers: { authorization: 'Bearer admin-secret-e2e' } })).text();
      assert.match(metrics, /sluice_plugin_denied_calls_total\{plugin="test\/counts-without-permission",service="counter_add"\} 1/);
      assert.match(metrics, /sluice_plugin_counter_total\{plugin="test\/counts-with-permission",name="created"\} 1/);
      assert.equal((await fetch(`${gateway.origin}/metrics`)).status, 401);
    } finally {
      await gateway.stop();
      gateway.cleanup();
    }
  } finally {
    rmSync(pluginsDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('disabling a plugin takes effect on a running server within 2 s, and enabling brings it back', async () => {
  const gateway = await startGateway({
    channels: [{ name: 'mock', provider: 'mock', models: ['mock-chat'], options: { chunk_delay_ms: 0 } }],
    tokens: [{ name: 't', key: 'sk-switch-test' }],
  });
  const client = new OpenAI({ apiKey: 'sk-switch-test', baseURL: gateway.baseURL, maxRetries: 0 });
  const ask = () => client.chat.completions.create({ model: 'mock-chat', messages: [{ role: 'user', content: 'x' }] });
  const until = async (predicate) => {
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      if (await predicate()) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  };
  try {
    await ask();
    sluice(gateway.dataDir, ['plugin', 'disable', 'sluice/provider-mock']);
    assert.ok(await until(() => ask().then(() => false, (error) => error.status === 502)), 'still served after disable');
    const listed = JSON.parse(sluice(gateway.dataDir, ['plugin', 'list', '--json']));
    assert.equal(listed.find((p) => p.id === 'sluice/provider-mock').enabled, false);
    sluice(gateway.dataDir, ['plugin', 'enable', 'sluice/provider-mock']);
    assert.ok(await until(() => ask().then(() => true, () => false)), 'not served again after enable');
  } finally {
    await gateway.stop();
    gateway.cleanup();
  }
});
