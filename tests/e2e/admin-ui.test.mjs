// The admin plugins page in real headless Chromium: an operator disables, re-enables
// and reconfigures a plugin, and the gateway follows without a restart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { chromium } from 'playwright-core';
import { startGateway } from './lib/processes.mjs';

const ADMIN_TOKEN = 'admin-secret-ui';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
let gateway;
let browser;

before(async () => {
  gateway = await startGateway({
    channels: [{ name: 'mock', provider: 'mock', models: ['mock-chat'], options: { chunk_delay_ms: 0 } }],
    tokens: [{ name: 't', key: 'sk-admin-ui' }],
  }, { env: { SLUICE_ADMIN_TOKEN: ADMIN_TOKEN } });
  browser = await chromium.launch({ executablePath: process.env.SLUICE_CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await gateway?.stop();
  gateway?.cleanup();
});

const ask = () => new OpenAI({ apiKey: 'sk-admin-ui', baseURL: gateway.baseURL, maxRetries: 0 })
  .chat.completions.create({ model: 'mock-chat', messages: [{ role: 'user', content: 'hello' }] });

/** Retries until check passes: servers follow a change within a reload interval. */
async function eventually(check) {
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function openPage() {
  const context = await browser.newContext({ httpCredentials: { username: 'operator', password: ADMIN_TOKEN } });
  const page = await context.newPage();
  await page.goto(`${gateway.origin}/admin/plugins`);
  return page;
}

const row = (page, id) => page.locator(`tr[data-plugin="${id}"]`);

test('disable and enable a plugin from the page; requests follow', async () => {
  const page = await openPage();
  await row(page, 'sluice/provider-mock').getByRole('button', { name: /Disable/ }).click();
  await page.locator('#status').filter({ hasText: 'plugin sluice/provider-mock disabled' }).waitFor();
  await eventually(async () => {
    await assert.rejects(ask(), (e) => e.status === 502 || e.status === 503);
  });
  await page.waitForURL(`${gateway.origin}/admin/plugins`);
  await row(page, 'sluice/provider-mock').locator('.state.disabled').waitFor();

  await row(page, 'sluice/provider-mock').getByRole('button', { name: /Enable/ }).click();
  await page.locator('#status').filter({ hasText: 'enabled' }).waitFor();
  await eventually(async () => assert.match((await ask()).choices[0].message.content, /hello/));
});

test('configure a plugin from the page: a bad config is refused with its path, a good one is live', async () => {
  const page = await openPage();
  const mock = row(page, 'sluice/provider-mock');
  await mock.locator('summary').click();
  await mock.locator('textarea').fill('{"chunk_delay_ms": "fast"}');
  await mock.getByRole('button', { name: /Save/ }).click();
  await page.locator('#status.error').filter({
    hasText: 'config.chunk_delay_ms: expected integer, got string (config_schema of sluice/provider-mock)' }).waitFor();

  await mock.locator('textarea').fill('{"reply": "Configured from the admin page."}');
  await mock.getByRole('button', { name: /Save/ }).click();
  await page.locator('#status').filter({ hasText: 'configured' }).waitFor();
  await eventually(async () => assert.match((await ask()).choices[0].message.content, /^Configured from the admin page\./));
});

test('changes need the admin token and the X-Sluice-Admin header', async () => {
  const url = `${gateway.origin}/admin/api/plugins/settings`;
  const body = JSON.stringify({ id: 'sluice/provider-mock', enabled: false });
  assert.equal((await fetch(url, { method: 'POST', body })).status, 401);
  const noHeader = await fetch(url, { method: 'POST', body, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  assert.equal(noHeader.status, 403);
  assert.match((await noHeader.json()).error.message, /X-Sluice-Admin/);
  const unknown = await fetch(url, { method: 'POST', body: JSON.stringify({ id: 'acme/nothing', enabled: false }),
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'x-sluice-admin': '1' } });
  assert.equal(unknown.status, 400);
  assert.equal((await unknown.json()).error.message, "id: no plugin 'acme/nothing' is built in or installed");
});
