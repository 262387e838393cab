#!/usr/bin/env bash
# Instructions and allocations per request through `sluice serve`, counted by callgrind: the
# repeatable figure for an optimisation's before/after, where timings on this shared machine move
# by a tenth from run to run. Bounded: REQUESTS (default 10000) at 2,000 requests/s after a warm-up,
# on loopback; every process it starts is stopped by PID.
# usage: tools/bench/instructions.sh [REQUESTS] [TOP] [JSON_OUT]
#   SLUICE_BIN=dir counts another build's binaries (and skips the build); JSON_OUT also gets the figures as JSON.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
cd "$SLUICE_ROOT"

REQUESTS=${1:-10000}
TOP=${2:-15}
JSON_OUT=${3:-}
RATE=2000
sluice_install_packages tools/lib/debian-packages.txt tools/bench/packages.txt
if [ -z "${SLUICE_BIN:-}" ]; then sluice_build build-bench -DCMAKE_BUILD_TYPE=Release -DSLUICE_BUILD_TESTS=OFF >/dev/null; fi
BIN=${SLUICE_BIN:-$SLUICE_ROOT/build-bench/bin}
RUN=$(mktemp -d /tmp/sluice-instructions.XXXXXX)
PIDS=()
cleanup() {
  sluice_stop_pids "${PIDS[@]}"
  rm -rf "$RUN"
}
trap cleanup EXIT

MOCK=$(sluice_free_port)
"$BIN/sluice-mock-upstream" --listen "127.0.0.1:$MOCK" --threads 1 --chunks 20 >"$RUN/mock.log" 2>&1 &
PIDS+=($!)
sluice_wait_http "$MOCK" /healthz
sed -e "s|@FAST@|$MOCK|g" -e "s|@STREAM@|$MOCK|g" -e "s|@SLOW@|$MOCK|g" tools/bench/provision.json.in >"$RUN/provision.json"
export SLUICE_DATA_DIR=$RUN/data SLUICE_LOG_LEVEL=warning
"$BIN/sluice" apply "$RUN/provision.json" >/dev/null
PORT=$(sluice_free_port)
valgrind --tool=callgrind --callgrind-out-file="$RUN/callgrind.out" \
  "$BIN/sluice" serve --listen "127.0.0.1:$PORT" >"$RUN/sluice.log" 2>&1 &
SLUICE_PID=$!
PIDS+=("$SLUICE_PID")
sluice_wait_http "$PORT" /healthz 30  # valgrind starts slowly
printf '{"model":"gpt-4o-mini","stream":false,"messages":[{"role":"user","content":"Summarise the benefits of a small, fast gateway in one paragraph."}]}' >"$RUN/fast.json"
load() {  # seconds -> requests answered; any failure stops the count (it would not compare)
  "$BIN/sluice-bench-probe" openloop --url "http://127.0.0.1:$PORT/v1/chat/completions" --body-file "$RUN/fast.json" \
    --header "Authorization: Bearer sk-bench" --rate "$RATE" --connections 16 --duration "$1" 2>>"$RUN/probe.log" |
    node -e 'const j = JSON.parse(require("fs").readFileSync(0));
      if (j.errors || j.non2xx) { console.error(`${j.errors} errors, ${j.non2xx} non-2xx: see the log`); process.exit(1); }
      console.log(j.requests)'
}
load 1 >/dev/null  # warm-up: connections, pools and caches
callgrind_control -z "$SLUICE_PID" >/dev/null
SERVED=$(load "$(awk -v n="$REQUESTS" -v r="$RATE" 'BEGIN { printf "%.3f", n / r }')")
sleep 1.5  # the usage writer flushes within its 500 ms interval: its rows are counted too
callgrind_control -d "$SLUICE_PID" >/dev/null
echo "commit $(git rev-parse --short HEAD); sluice serve with the benchmark's configuration (auth-apikey, two channels, usage log in SQLite), one loop per core"
python3 tools/bench/callgrind-summary.py "$(ls "$RUN"/callgrind.out.* | tail -1)" "$SERVED" "$TOP" $JSON_OUT
