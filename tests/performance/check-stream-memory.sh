#!/usr/bin/env bash
# Memory under long streams, measured rather than timed: `sluice serve` forwards 100 streams of
# 3,000 events paced 5 ms apart (about 20,000 events/s), and its RSS must not grow between the
# second and the eighth second by more than 1 MiB, about 8 bytes per event forwarded in between.
# The callgrind budget counts allocations; this catches what it cannot, a buffer that keeps
# growing in place (the peers' open issues about memory growing under long streams).
# Loopback only, bounded (about 10 s), every process stopped by PID.
# usage: check-stream-memory.sh BIN_DIR (the build's sluice, sluice-mock-upstream and sluice-bench-probe)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/tools/lib/common.sh"
BIN=$1
STREAMS=100
GROWTH_BUDGET_KB=1024
RUN=$(mktemp -d /tmp/sluice-stream-memory.XXXXXX)
PIDS=()
cleanup() {
  sluice_stop_pids "${PIDS[@]}"
  rm -rf "$RUN"
}
trap cleanup EXIT

sluice_start_mock "$BIN" MOCK "$RUN/mock.log" --chunks 3000 --chunk-delay-ms 5
sluice_provision_bench "$BIN" "$RUN/data" "$MOCK" "$MOCK" "$MOCK"
PORT=$(sluice_free_port)
"$BIN/sluice" serve --listen "127.0.0.1:$PORT" >"$RUN/sluice.log" 2>&1 &
SLUICE_PID=$!
PIDS+=("$SLUICE_PID")
sluice_wait_http "$PORT" /healthz 30
printf '{"model":"slow-model","stream":true,"messages":[{"role":"user","content":"Talk for a long time."}]}' >"$RUN/slow.json"
rss_kb() { awk '/^VmRSS/{print $2}' "/proc/$SLUICE_PID/status"; }

"$BIN/sluice-bench-probe" hold --url "http://127.0.0.1:$PORT/v1/chat/completions" --body-file "$RUN/slow.json" \
  --header "Authorization: Bearer sk-bench" --streams "$STREAMS" --duration 9 >"$RUN/hold.json" 2>"$RUN/probe.log" &
PROBE=$!
PIDS+=("$PROBE")
sleep 2
FIRST=$(rss_kb)
sleep 6
LAST=$(rss_kb)
wait "$PROBE"
node - "$RUN/hold.json" "$STREAMS" "$FIRST" "$LAST" "$GROWTH_BUDGET_KB" <<'JS'
const [file, streams, first, last, budget] = process.argv.slice(2);
const hold = JSON.parse(require('fs').readFileSync(file, 'utf8'));
const growth = Number(last) - Number(first);
console.log(`${hold.events} events over ${streams} streams; RSS ${first} KB at 2 s, ${last} KB at 8 s: ` +
  `${growth} KB grown (budget ${budget} KB)`);
const problems = [];
if (hold.failed !== 0 || hold.open_at_end !== Number(streams)) problems.push(`${hold.failed} streams failed, ${hold.open_at_end} open at the end`);
if (growth > Number(budget)) problems.push(`RSS grew ${growth} KB, over the ${budget} KB budget`);
if (problems.length) { console.log(problems.join('; ')); process.exit(1); }
JS
