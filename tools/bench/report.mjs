// Turns one harness run's raw JSON into report.md and chart.png (gnuplot).
// Usage: node tools/bench/report.mjs docs/bench/results/<stamp>
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const out = process.argv[2];
const raw = join(out, 'raw');
const load = (name) => JSON.parse(readFileSync(join(raw, name), 'utf8'));
const files = readdirSync(raw).filter((f) => f.endsWith('.json'));
const machine = JSON.parse(readFileSync(join(out, 'machine.json'), 'utf8'));
const order = ['direct', 'nginx', 'nginxN', 'sluice', 'sluice1', 'portkey'];
const labels = { nginxN: `nginx, ${machine.nproc} workers`, sluice1: 'sluice, 1 loop' };
const label = (t) => labels[t] ?? t;
const targets = order.filter((t) => files.some((f) => f.startsWith(`closed-${t}-`)));

const runs = (scenario, target) => files.filter((f) => f.startsWith(`${scenario}-${target}-`)).sort().map(load);
const median = (xs) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return s.length ? s[s.length >> 1] : NaN; };
const spread = (xs) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
const fmt = (x) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(2)) : '–');
const ms = (us) => (Number.isFinite(us) ? (us / 1000).toFixed(us < 10000 ? 3 : 1) : '–');
const paired = (scenario, a, b, pick) => {
  const x = runs(scenario, a), y = runs(scenario, b);
  return x.slice(0, Math.min(x.length, y.length)).map((r, i) => pick(r) / pick(y[i]));
};

const lines = [];
lines.push(`# Sluice benchmark — ${machine.date}`, '');
lines.push(`Machine: ${machine.nproc} cores, ${machine.cpu}, Linux ${machine.kernel}. Commit ${machine.commit}.`);
lines.push(`Command: \`${machine.command}\` (${machine.reps} repetitions of ${machine.seconds} s per target and scenario, interleaved). Everything on loopback; the mock upstream runs on the same 2 cores, so absolute numbers are low and only the ratios carry over.`, '');
lines.push('Medians over repetitions, with (min–max) where it matters. "Added" = the target minus the direct-to-mock run of the same repetition.', '');

lines.push('## Non-streaming, closed loop (wrk, 50 connections)', '');
lines.push('| target | requests/s | p50 ms | p99 ms | max ms | proxy CPU s | proxy peak RSS MB |', '|---|---|---|---|---|---|---|');
for (const t of targets) {
  const r = runs('closed', t);
  lines.push(`| ${label(t)} | ${spread(r.map((x) => x.rps))} | ${ms(median(r.map((x) => x.latency_us.p50)))} | ${ms(median(r.map((x) => x.latency_us.p99)))} | ${ms(median(r.map((x) => x.latency_us.max)))} | ${t === 'direct' ? '–' : fmt(median(r.map((x) => x.cpu_s)))} | ${t === 'direct' ? '–' : fmt(median(r.map((x) => x.peak_rss_kb)) / 1024)} |`);
}
lines.push('');
const ratios = [];
if (targets.includes('nginx')) ratios.push(['Sluice / nginx throughput', paired('closed', 'sluice', 'nginx', (x) => x.rps), 0.8]);
if (targets.includes('portkey')) ratios.push(['Sluice / Portkey throughput', paired('closed', 'sluice', 'portkey', (x) => x.rps), 50]);
for (const [name, xs, goal] of ratios) lines.push(`- **${name}: ${spread(xs)}** (target ≥ ${goal})`);
if (targets.includes('sluice1') && targets.includes('nginx')) {
  lines.push(`- Sluice with one event loop (\`server.threads=1\`, like nginx's one worker) / nginx: ${spread(paired('closed', 'sluice1', 'nginx', (x) => x.rps))} (for reference; the targets are judged on the default, one loop per core)`);
}
if (targets.includes('nginxN')) {
  lines.push(`- Sluice / nginx with one worker per core (\`worker_processes auto\`, \`worker_cpu_affinity auto\`: pinned for good, where Sluice's default keeps its loops on their CPUs only while busy): ${spread(paired('closed', 'sluice', 'nginxN', (x) => x.rps))} (for reference)`);
}
lines.push('');

/** One open-loop table; returns each target's median added p50 and p99 over direct. */
const openLoopTable = (scenario) => {
  lines.push('| target | achieved/s | p50 ms | p90 ms | p99 ms | max ms | added p50 ms | added p99 ms | errors |', '|---|---|---|---|---|---|---|---|---|');
  const addedBy = {};
  for (const t of targets) {
    const r = runs(scenario, t), d = runs(scenario, 'direct');
    if (!r.length) continue;
    const a50 = r.map((x, i) => x.latency_us.p50 - (d[i]?.latency_us.p50 ?? NaN));
    const a99 = r.map((x, i) => x.latency_us.p99 - (d[i]?.latency_us.p99 ?? NaN));
    addedBy[t] = { p50: median(a50), p99: median(a99) };
    lines.push(`| ${label(t)} | ${fmt(median(r.map((x) => x.achieved_rate)))} | ${ms(median(r.map((x) => x.latency_us.p50)))} | ${ms(median(r.map((x) => x.latency_us.p90)))} | ${ms(median(r.map((x) => x.latency_us.p99)))} | ${ms(median(r.map((x) => x.latency_us.max)))} | ${t === 'direct' ? '–' : ms(addedBy[t].p50)} | ${t === 'direct' ? '–' : ms(addedBy[t].p99)} | ${median(r.map((x) => x.errors + x.non2xx))} |`);
  }
  lines.push('');
  return addedBy;
};

lines.push(`## Non-streaming, open loop at ${machine.open_rate} requests/s (half of nginx's closed-loop maximum)`, '');
const added = openLoopTable('open');
/** Per repetition: what `target` added at p99 over what nginx added, both over that repetition's direct run. */
const addedP99Ratios = (target) => {
  const d = runs('open', 'direct'), x = runs('open', target), n = runs('open', 'nginx');
  return x.map((r, i) => (r.latency_us.p99 - d[i]?.latency_us.p99) / (n[i]?.latency_us.p99 - d[i]?.latency_us.p99));
};
if (added.sluice && added.nginx) lines.push(`- **Sluice added p99 / nginx added p99: ${spread(addedP99Ratios('sluice'))}** (target ≤ 1.5; per repetition, median (min–max)); Sluice added p50: ${ms(added.sluice.p50)} ms (target ≤ 0.100)`, '');
if (added.sluice1 && added.nginx) {
  lines.push(`- For reference, Sluice with one event loop: added p50 ${ms(added.sluice1.p50)} ms, added p99 / nginx's ${spread(addedP99Ratios('sluice1'))}. On these 2 cores, shared with the load generator and the mock, a second loop sleeps and is woken more often per request.`, '');
}
if (added.nginxN) {
  const secondLoop = added.sluice1 && added.sluice ? `; a second loop adds ${ms(added.sluice.p50 - added.sluice1.p50)} ms to Sluice's` : '';
  lines.push(`- For reference, nginx with one worker per core, like Sluice's default: added p50 ${ms(added.nginxN.p50)} ms, added p99 ${ms(added.nginxN.p99)} ms. A second worker adds ${ms(added.nginxN.p50 - added.nginx.p50)} ms to nginx's added p50 here${secondLoop}.`, '');
}

if (files.some((f) => f.startsWith('quarter-'))) {
  lines.push(`### The same at ${machine.quarter_rate} requests/s (a quarter of nginx's maximum), for reference`, '', 'On 2 cores shared by the load generator, the mock and the proxy, the half-rate run leaves the machine nearly saturated, so its added latency is mostly queueing for a core. This run shows what each proxy adds when a core is free.', '');
  openLoopTable('quarter');
}

lines.push('## Streaming (20 concurrent streams, upstream paces events 20 ms apart)', '');
lines.push('Each event carries the moment the mock wrote it (`--stamp-events`); transit = the probe\'s read time minus that stamp, on one steady clock. Held back = transit minus the direct run\'s transit in the same repetition: at p99, p99 minus direct p99; at max, the worst event minus direct p50, so every microsecond above the direct floor is charged to the gateway.', '');
lines.push('| target | streams | TTFB p50 ms | TTFB p99 ms | added TTFB p99 ms | transit p50 ms | transit p99.9 ms | transit max ms | held back p99 ms | held back max ms | errors |', '|---|---|---|---|---|---|---|---|---|---|---|');
const failedNote = (r) => r.every((x) => x.streams > 0 && x.non2xx === x.streams)
  ? ` all ${median(r.map((x) => x.streams))} streams failed (non-2xx; see raw/*.log) |` : null;
for (const t of targets) {
  const r = runs('stream', t), d = runs('stream', 'direct');
  if (!r.length) continue;
  if (failedNote(r)) { lines.push(`| ${t} |${failedNote(r)} | | | | | | | | |`); continue; }
  const vsDirect = (pick, base) => (t === 'direct' ? '–' : ms(median(r.map((x, i) => pick(x) - (d[i] ? base(d[i]) : NaN)))));
  const transit = (x) => x.transit_us ?? {};
  lines.push(`| ${label(t)} | ${median(r.map((x) => x.streams))} | ${ms(median(r.map((x) => x.ttfb_us.p50)))} | ${ms(median(r.map((x) => x.ttfb_us.p99)))} | ${vsDirect((x) => x.ttfb_us.p99, (x) => x.ttfb_us.p99)} | ${ms(median(r.map((x) => transit(x).p50)))} | ${ms(median(r.map((x) => transit(x).p999)))} | ${ms(median(r.map((x) => transit(x).max)))} | ${vsDirect((x) => transit(x).p99, (x) => transit(x).p99)} | ${vsDirect((x) => transit(x).max, (x) => transit(x).p50)} | ${median(r.map((x) => x.errors + x.non2xx))} |`);
}
const streamDirect = runs('stream', 'direct');
const worstPerRep = targets.filter((t) => t !== 'direct' && runs('stream', t).length && !failedNote(runs('stream', t)))
  .map((t) => `${label(t)} ${runs('stream', t).map((x, i) => ms(x.transit_us?.max - streamDirect[i]?.transit_us?.p50)).join(', ')}`);
lines.push('', 'Targets: added TTFB p99 ≤ 1 ms; no event held back by the gateway more than 1 ms.', '');
lines.push(`Held back at max, each repetition (ms): ${worstPerRep.join('; ')}.`, '');
if (targets.includes('portkey') && failedNote(runs('stream', 'portkey'))) {
  lines.push('Portkey 1.15.2 on Node answers every stream with an error: its response service appends headers to the upstream fetch response, whose headers are immutable ("TypeError: immutable" in raw/portkey.log; Portkey-AI/gateway issues 1389 and 1550). Holding @hono/node-server at 1.14.2, the workaround given in 1389, did not help with this release.', '');
}

lines.push(`## Long-lived streams (${machine.hold_streams} held at once, one upstream event per second)`, '');
lines.push('| target | processes | peak open | failed | RSS before MB | RSS holding MB | KB per stream |', '|---|---|---|---|---|---|---|');
for (const t of targets) {
  if (!existsSync(join(raw, `hold-${t}.json`))) continue;
  const h = load(`hold-${t}.json`);
  const per = h.peak_open > 0 && h.rss_held_kb ? (h.rss_held_kb - h.rss_before_kb) / h.peak_open : NaN;
  lines.push(`| ${t} | ${t === 'direct' ? '–' : h.processes ?? 1} | ${h.peak_open} | ${h.failed} | ${t === 'direct' ? '–' : fmt(h.rss_before_kb / 1024)} | ${t === 'direct' ? '–' : fmt(h.rss_held_kb / 1024)} | ${t === 'direct' ? '–' : fmt(per)} |`);
}
lines.push('', 'Target: 10,000 streams with zero errors at ≤ 50 KB each. RSS is summed over a proxy\'s processes (nginx: its workers).', '');
const holdProcesses = (t) => (existsSync(join(raw, `hold-${t}.json`)) ? load(`hold-${t}.json`).processes ?? 1 : 0);
if (holdProcesses('sluice') > 1 || holdProcesses('nginx') > 1) {
  const how = [
    holdProcesses('nginx') > 1 ? `nginx holds the streams in ${holdProcesses('nginx')} worker processes` : '',
    holdProcesses('sluice') > 1 ? `Sluice in ${holdProcesses('sluice')} \`sluice serve\` processes sharing one port (SO_REUSEPORT) and one database` : '',
  ].filter(Boolean).join(' and ');
  lines.push(`Each held stream takes two file descriptors in a proxy (client and upstream), and this machine caps one process at ${machine.fd_limit} open files (the hard limit; raising it needs CAP_SYS_RESOURCE, which the run does not have). So ${how}, as an operator would run them under such a limit${targets.includes('portkey') ? '; Portkey is one Node process either way' : ''}.`, '');
}

if (existsSync(join(raw, 'sluice-startup.json'))) {
  const s = load('sluice-startup.json');
  lines.push('## Sluice itself', '', `- Start-up to first healthy answer: ${s.startup_ms} ms (target ≤ 300 ms)`, `- Idle RSS with all built-in plugins loaded: ${fmt(s.idle_rss_kb / 1024)} MB (target ≤ 40 MB)`, '');
}
const counted = existsSync(join(raw, 'instructions.json')) ? load('instructions.json') : {};
if (counted.request && counted.stream) {  // runs before 2026-11-24T22:47Z counted requests only, in another form
  const { request, stream } = counted;
  const count = (n) => n.toLocaleString('en-US');
  const threads = (c) => Object.entries(c.threads).map(([name, n]) => `${name} ${count(n)}`).join(', ');
  lines.push('## Instructions counted (callgrind, user space)', '',
    `Counted by \`tools/bench/instructions.sh\` through \`sluice serve\` with this configuration: ${count(request.count)} requests at 2,000 requests/s, then ${count(stream.count)} streams of ${(stream.events / stream.count).toFixed(1)} events spaced 2 ms apart. The count repeats to about 1% where the timings above move by a tenth, so a change that costs CPU shows here first. The kernel's share (sockets, scheduling) is not in it.`, '',
    `- **${count(request.instructions)} instructions and ${request.allocations} allocations per request** (${threads(request)})`,
    `- **${count(stream.instructions)} instructions and ${stream.allocations} allocations per stream** (${threads(stream)}): ${count(stream.instructions_per_event)} instructions and ${stream.allocations_per_event} allocations per event, the stream's setup included`, '',
    '| function (its own instructions, callees excluded) | per request | per stream |', '|---|---|---|');
  const perStream = new Map(stream.costliest.map((f) => [f.function, f.instructions]));
  const names = [...new Set([...request.costliest, ...stream.costliest].map((f) => f.function))];
  const perRequest = new Map(request.costliest.map((f) => [f.function, f.instructions]));
  for (const name of names) lines.push(`| \`${name}\` | ${perRequest.has(name) ? count(perRequest.get(name)) : '–'} | ${perStream.has(name) ? count(perStream.get(name)) : '–'} |`);
  lines.push('');
}
if (existsSync(join(raw, 'micro.json'))) {
  const micro = load('micro.json').benchmarks;
  // With threads:N, real time is wall time over all threads' operations; the cost of one operation is its CPU time.
  const perOp = (b) => (b.threads > 1 ? `${fmt(b.cpu_time)} ${b.time_unit} CPU, each of ${b.threads} threads` : `${fmt(b.real_time)} ${b.time_unit}`);
  const rate = (b) => [b.items_per_second ? `${fmt(b.items_per_second)} items/s` : '', b.bytes_per_second ? `${fmt(b.bytes_per_second / 1e6)} MB/s` : ''].filter(Boolean).join(', ');
  lines.push('## Hot paths (microbenchmarks: Google Benchmark, one thread unless the name says threads:N)', '', '| benchmark | time per operation | throughput |', '|---|---|---|');
  for (const b of micro) lines.push(`| ${b.name} | ${b.error_occurred ? b.error_message : perOp(b)} | ${b.error_occurred ? '' : rate(b)} |`);
  const find = (prefix) => micro.find((b) => b.name.startsWith(prefix) && !b.error_occurred);
  const check = (label, b, value, target, unit) => lines.push(`- **${label}: ${b ? `${fmt(value(b))} ${unit}` : 'not measured'}** (target ≥ ${fmt(target)} ${unit})`);
  lines.push('');
  check('Usage writer into SQLite, alone', find('UsageWriterSqlite'), (b) => b.items_per_second, 20000, 'rows/s');
  check('Usage writer into MariaDB (batched), alone', find('UsageWriterMySql'), (b) => b.items_per_second, 20000, 'rows/s');
  check('OpenAI stream translation with usage extraction, one core', find('OpenAiStreamTranslation'), (b) => b.bytes_per_second / 1e6, 200, 'MB/s');
  lines.push('');
}
lines.push('Raw outputs: `raw/` beside this file. Chart: `chart.png`.');
writeFileSync(join(out, 'report.md'), `${lines.join('\n')}\n`);

const data = targets.map((t) => `${t} ${median(runs('closed', t).map((x) => x.rps))} ${t === 'direct' ? 0 : (added[t]?.p99 ?? 0) / 1000}`).join('\n');
writeFileSync(join(out, 'chart.dat'), `${data}\n`);
execFileSync('gnuplot', ['-e', `
set terminal pngcairo size 1100,420 font ",11"; set output "${join(out, 'chart.png')}";
set multiplot layout 1,2 title "Sluice benchmark ${machine.date} (${machine.nproc} cores, loopback)";
set style fill solid 0.8; set boxwidth 0.6; set grid ytics; set yrange [0:*]; unset key;
set title "Non-streaming requests/s (closed loop, 50 connections)";
plot "${join(out, 'chart.dat')}" using 0:2:xtic(1) with boxes lc rgb "#3b7dd8";
set title "Added p99 latency at ${machine.open_rate} req/s (ms, log scale)"; set logscale y; set yrange [0.01:*];
plot "${join(out, 'chart.dat')}" using 0:3:xtic(1) with boxes lc rgb "#d8733b";
unset multiplot`]);
