#!/usr/bin/env bash
# Instructions and allocations through `sluice serve`, counted by callgrind: the repeatable figure
# for an optimisation's before/after, where timings on this shared machine move by a tenth from run
# to run. Two profiles of one server: non-streaming requests (REQUESTS, default 10000, at 2,000
# requests/s after a warm-up), then streams of 23 events spaced 2 ms apart, as a model paces its
# tokens (16 connections for 3 s), counted per stream and per event. Bounded and on loopback; every
# process it starts is stopped by PID.
# usage: tools/bench/instructions.sh [REQUESTS] [TOP] [JSON_OUT]
#   SLUICE_BIN=dir counts another build's binaries (and skips the build and the package install:
#   valgrind must be there already, as where the test suite runs it);
#   JSON_OUT also gets the figures as JSON: {"request": {...}, "stream": {...}}.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
cd "$SLUICE_ROOT"

REQUESTS=${1:-10000}
TOP=${2:-15}
JSON_OUT=${3:-}
RATE=2000
STREAM_SECONDS=3
if [ -z "${SLUICE_BIN:-}" ]; then
  sluice_install_packages tools/lib/debian-packages.txt tools/bench/callgrind-packages.txt
  sluice_build build-bench -DCMAKE_BUILD_TYPE=Release -DSLUICE_BUILD_TESTS=OFF >/dev/null
fi
command -v valgrind >/dev/null || { echo "valgrind is not installed (tools/bench/callgrind-packages.txt)" >&2; exit 1; }
BIN=${SLUICE_BIN:-$SLUICE_ROOT/build-bench/bin}
RUN=$(mktemp -d /tmp/sluice-instructions.XXXXXX)
PIDS=()
cleanup() {
  sluice_stop_pids "${PIDS[@]}"
  rm -rf "$RUN"
}
trap cleanup EXIT

sluice_start_mock "$BIN" FAST "$RUN/mock.log" --chunks 20
sluice_start_mock "$BIN" STREAM "$RUN/mock.log" --chunks 20 --chunk-delay-ms 2
sluice_provision_bench "$BIN" "$RUN/data" "$FAST" "$STREAM" "$STREAM"
PORT=$(sluice_free_port)
valgrind --tool=callgrind --callgrind-out-file="$RUN/callgrind.out" \
  "$BIN/sluice" serve --listen "127.0.0.1:$PORT" >"$RUN/sluice.log" 2>&1 &
SLUICE_PID=$!
PIDS+=("$SLUICE_PID")
sluice_wait_http "$PORT" /healthz 30  # valgrind starts slowly
printf '{"model":"gpt-4o-mini","stream":false,"messages":[{"role":"user","content":"Summarise the benefits of a small, fast gateway in one paragraph."}]}' >"$RUN/fast.json"
printf '{"model":"stream-model","stream":true,"messages":[{"role":"user","content":"Count slowly."}]}' >"$RUN/stream.json"

probe() {  # mode body seconds flags... -> the probe's JSON; any failure stops the count (it would not compare)
  local mode=$1 body=$2 seconds=$3; shift 3
  "$BIN/sluice-bench-probe" "$mode" --url "http://127.0.0.1:$PORT/v1/chat/completions" --body-file "$RUN/$body.json" \
    --header "Authorization: Bearer sk-bench" --duration "$seconds" "$@" 2>>"$RUN/probe.log" |
    node -e 'const j = JSON.parse(require("fs").readFileSync(0));
      if (j.errors || j.non2xx) { console.error(`${j.errors} errors, ${j.non2xx} non-2xx: see the log`); process.exit(1); }
      console.log(JSON.stringify(j))'
}
field() { node -e 'console.log(JSON.parse(process.argv[1])[process.argv[2]])' "$1" "$2"; }
profile() {  # name: dumps what callgrind counted since it was last zeroed, and names the file
  sleep 1.5  # the usage writer flushes within its 500 ms interval: its rows are counted too
  callgrind_control -d "$SLUICE_PID" >/dev/null
  mv "$(ls -t "$RUN"/callgrind.out.* | head -1)" "$RUN/$1.profile"
}

probe openloop fast 1 --rate "$RATE" --connections 16 >/dev/null  # warm-up: connections, pools and caches
probe stream stream 0.5 --connections 4 >/dev/null
callgrind_control -z "$SLUICE_PID" >/dev/null
REQUEST_RUN=$(probe openloop fast "$(awk -v n="$REQUESTS" -v r="$RATE" 'BEGIN { printf "%.3f", n / r }')" --rate "$RATE" --connections 16)
profile request
callgrind_control -z "$SLUICE_PID" >/dev/null
# The probe counts the streams it finished; the up to 16 it cut off at the end are in the profile
# too (about 1% more work per stream than counted), and their events in the per-event figure.
STREAM_RUN=$(probe stream stream "$STREAM_SECONDS" --connections 16)
profile stream

echo "commit $(git rev-parse --short HEAD); sluice serve with the benchmark's configuration (auth-apikey, two channels, usage log in SQLite), one loop per core"
python3 tools/bench/callgrind-summary.py "$RUN/request.profile" "$(field "$REQUEST_RUN" requests)" --top "$TOP" \
  --json "$RUN/request.json"
echo
python3 tools/bench/callgrind-summary.py "$RUN/stream.profile" "$(field "$STREAM_RUN" streams)" --unit stream \
  --events "$(field "$STREAM_RUN" events)" --top "$TOP" --json "$RUN/stream.json"
if [ -n "$JSON_OUT" ]; then
  node -e 'const fs = require("fs"); const [request, stream, out] = process.argv.slice(1);
    fs.writeFileSync(out, JSON.stringify({ request: JSON.parse(fs.readFileSync(request)), stream: JSON.parse(fs.readFileSync(stream)) }))' \
    "$RUN/request.json" "$RUN/stream.json" "$JSON_OUT"
fi
