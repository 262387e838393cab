#!/usr/bin/env bash
# What isolating a provider plugin costs end to end: the same gateway build serves
# the mock upstream through provider-openai in process, then through a
# `sluice plugin-runner` child, under the same closed-loop load. Loopback only,
# bounded (ISOLATION_SECONDS per run, default 6), every process stopped by PID.
# Prints one JSON line per mode; the per-call cost is in sluice-microbench
# (--benchmark_filter=Provider).
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
cd "$SLUICE_ROOT"

SECONDS_PER_RUN=${ISOLATION_SECONDS:-6}
BUILD=${ISOLATION_BUILD:-build-bench}
[[ -x $BUILD/bin/sluice ]] || sluice_build "$BUILD" -DCMAKE_BUILD_TYPE=Release -DSLUICE_BUILD_TESTS=OFF
BIN=$SLUICE_ROOT/$BUILD/bin
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  rm -rf "$WORK"
}
trap cleanup EXIT

sluice_start_mock "$BIN" MOCK_PORT "$WORK/mock.log"
echo '{"model":"gpt-x","messages":[{"role":"user","content":"hello there"}]}' >"$WORK/body.json"

for isolated in false true; do
  data=$WORK/data-$isolated
  mkdir -p "$data"
  cat >"$data/provision.json" <<JSON
{"channels": [{"name": "c", "provider": "openai", "base_url": "http://127.0.0.1:$MOCK_PORT/v1", "keys": ["k"], "models": ["gpt-x"]}],
 "tokens": [{"name": "t", "key": "sk-bench-isolation"}],
 "plugins": [{"id": "sluice/provider-openai", "isolated": $isolated}]}
JSON
  "$BIN/sluice" apply "$data/provision.json" --data-dir "$data" >/dev/null
  port=$(sluice_free_port)
  SLUICE_LOG_LEVEL=warning "$BIN/sluice" serve --listen "127.0.0.1:$port" --data-dir "$data" >"$data/gateway.log" 2>&1 &
  gateway=$!
  PIDS+=("$gateway")
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.05; done
  result=$("$BIN/sluice-bench-probe" closedloop --url "http://127.0.0.1:$port/v1/chat/completions" \
    --body-file "$WORK/body.json" --header "Authorization: Bearer sk-bench-isolation" \
    --header "Content-Type: application/json" --connections 16 --duration "$SECONDS_PER_RUN" --warmup 1 2>/dev/null)
  echo "{\"isolated\":$isolated,\"result\":$result}"
  kill "$gateway" && wait "$gateway" 2>/dev/null || true
done
