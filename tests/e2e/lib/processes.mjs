// Starts the mock upstream and the gateway on free loopback ports with a
// temporary data directory, and stops every process it started by PID.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run the e2e suite through ctest)`);
  return value;
};

export const paths = {
  sluice: () => env('SLUICE_BIN'),
  mockUpstream: () => env('SLUICE_MOCK_UPSTREAM_BIN'),
  plugins: () => env('SLUICE_PLUGINS_DIR'),
  testPlugins: () => env('SLUICE_TEST_PLUGINS_DIR'),
};

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Spawns a process and resolves once a stdout line matches ready. */
function startUntil(command, args, ready, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} did not become ready in 10 s:\n${output}`));
    }, 10000);
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code} before ready:\n${output}`));
    });
  });
}

/** Stops a child by PID with SIGTERM and waits for it (SIGKILL after 5 s). */
export function stop(child) {
  if (!child || child.exitCode !== null) return Promise.resolve(child?.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', (code) => { clearTimeout(timer); resolve(code); });
    try {
      process.kill(child.pid, 'SIGTERM');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;  // it died already; its exit event is on its way
    }
  });
}

/** Starts the mock upstream with the given flags; returns { child, port, baseUrl }. */
export async function startMockUpstream(flags = []) {
  const port = await freePort();
  const { child } = await startUntil(paths.mockUpstream(), ['--listen', `127.0.0.1:${port}`, ...flags],
    /mock-upstream listening on 127\.0\.0\.1:(\d+)/);
  return { child, port, baseUrl: `http://127.0.0.1:${port}/v1` };
}

/** Runs a sluice sub-command synchronously against a data dir; returns stdout. */
export function sluice(dataDir, args, pluginsDir = paths.plugins()) {
  return execFileSync(paths.sluice(), [...args, '--data-dir', dataDir, '--plugins-dir', pluginsDir],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A gateway with its own temp data dir, provisioned from spec, on a free port. */
export async function startGateway(spec, { pluginsDir = paths.plugins(), env = {} } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'sluice-e2e-'));
  const file = join(dataDir, 'provision.json');
  writeFileSync(file, JSON.stringify(spec));
  sluice(dataDir, ['apply', file], pluginsDir);
  return serve(dataDir, pluginsDir, env);
}

/** Starts `sluice serve` once more on a stopped (or killed) gateway's data directory. */
export function serveAgain(gateway, { env = {} } = {}) {
  return serve(gateway.dataDir, gateway.pluginsDir, env);
}

async function serve(dataDir, pluginsDir, env) {
  const port = await freePort();
  const started = await startUntil(paths.sluice(),
    ['serve', '--listen', `127.0.0.1:${port}`, '--data-dir', dataDir, '--plugins-dir', pluginsDir],
    /sluice listening on http:\/\/127\.0\.0\.1:(\d+)/,
    { env: { ...process.env, SLUICE_RELOAD_INTERVAL_MS: '200', SLUICE_USAGE_FLUSH_INTERVAL_MS: '100', ...env } });
  return {
    child: started.child,
    log: started.output,
    dataDir,
    pluginsDir,
    baseURL: `http://127.0.0.1:${port}/v1`,
    origin: `http://127.0.0.1:${port}`,
    apply(nextSpec) {
      const next = join(dataDir, `provision-${Date.now()}.json`);
      writeFileSync(next, JSON.stringify(nextSpec));
      return sluice(dataDir, ['apply', next], pluginsDir);
    },
    query(sql) {
      return execFileSync('sqlite3', ['-json', join(dataDir, 'sluice.db'), sql], { encoding: 'utf8' });
    },
    async stop() {
      const code = await stop(started.child);
      return code;
    },
    cleanup() { rmSync(dataDir, { recursive: true, force: true }); },
  };
}

/** A plugins directory holding the built-in plugins and the deliberately broken test plugins. */
export function mixedPluginsDir() {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-plugins-'));
  mkdirSync(dir, { recursive: true });
  cpSync(paths.plugins(), dir, { recursive: true });
  cpSync(paths.testPlugins(), dir, { recursive: true });
  return dir;
}
