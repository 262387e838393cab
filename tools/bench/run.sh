#!/usr/bin/env bash
# The benchmark harness: one command, bounded in time, loopback only.
# Starts the mock upstreams, nginx (baseline), Sluice and the Portkey gateway on
# free loopback ports, runs each scenario for every target interleaved
# (A B C D A B C D ...), and writes raw results, a Markdown report and a chart
# to docs/bench/results/<UTC time>/ (and docs/bench/latest.md). Every process it
# starts is stopped by PID. Tunables: BENCH_REPS (3), BENCH_SECONDS (5),
# BENCH_HOLD_STREAMS (10000), BENCH_TARGETS ("direct nginx nginxN sluice sluice1 portkey"). Two references
# run in every scenario but the held streams: nginxN is nginx with one worker per core, each pinned to its own
# CPU for good (Sluice's default runs one loop per core, each kept on its CPU only while busy), sluice1 is
# Sluice with one event loop (like the baseline nginx's one worker).
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
cd "$SLUICE_ROOT"

REPS=${BENCH_REPS:-3}
SECONDS_PER_RUN=${BENCH_SECONDS:-5}
HOLD_STREAMS=${BENCH_HOLD_STREAMS:-10000}
TARGETS=${BENCH_TARGETS:-"direct nginx nginxN sluice sluice1 portkey"}
STREAM_GAP_MS=20
if [[ " $TARGETS " != *" nginx "* ]]; then
  echo "BENCH_TARGETS must include nginx: it is the baseline, and the open-loop rates are set from its maximum" >&2
  exit 2
fi

sluice_install_packages tools/lib/debian-packages.txt tools/bench/packages.txt tools/bench/callgrind-packages.txt
sluice_build build-bench -DCMAKE_BUILD_TYPE=Release -DSLUICE_BUILD_TESTS=OFF
BIN=$SLUICE_ROOT/build-bench/bin
PORTKEY=""
if (cd tools/bench && npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1); then
  PORTKEY=$SLUICE_ROOT/tools/bench/node_modules/@portkey-ai/gateway/build/start-server.js
else
  echo "note: @portkey-ai/gateway could not be installed; Portkey is skipped" >&2
  TARGETS=${TARGETS/portkey/}
fi

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$SLUICE_ROOT/docs/bench/results/$STAMP
RAW=$OUT/raw
RUN=$(mktemp -d /tmp/sluice-bench.XXXXXX)
mkdir -p "$RAW"
PIDS=()
cleanup() {
  sluice_stop_pids "${PIDS[@]}"
  for pidfile in "$RUN"/*/nginx.pid; do [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true; done
  rm -rf "$RUN"
}
trap cleanup EXIT
ulimit -n "$(ulimit -Hn)"

# Each summed over the PIDs given.
cpu_seconds() { awk -v t="$(getconf CLK_TCK)" '{s+=$14+$15} END{print s/t}' $(printf '/proc/%s/stat ' "$@"); }
rss_kb() { awk '/^VmRSS/{s+=$2} END{print s}' $(printf '/proc/%s/status ' "$@"); }
hwm_kb() { awk '/^VmHWM/{s+=$2} END{print s}' $(printf '/proc/%s/status ' "$@"); }

sluice_start_mock "$BIN" MOCK_fast "$RUN/mock-fast.log" --chunks 20
sluice_start_mock "$BIN" MOCK_stream "$RUN/mock-stream.log" --chunks 50 --chunk-delay-ms $STREAM_GAP_MS --stamp-events
sluice_start_mock "$BIN" MOCK_slow "$RUN/mock-slow.log" --chunks 100000 --chunk-delay-ms 1000

NGINX_PORT=$(sluice_free_port)
# A held stream takes two descriptors in a proxy (client and upstream). Where one process's open-file
# limit cannot hold them all (with a fifth to spare for an uneven spread), each proxy holds the streams
# in as many processes as that takes, on one port: nginx as worker processes, Sluice as more
# `sluice serve` sharing the port and the database.
FD_LIMIT=$(ulimit -Hn)
[ "$FD_LIMIT" = unlimited ] && FD_LIMIT=$(cat /proc/sys/fs/nr_open)
FDS_PER_PROC=$(( FD_LIMIT > 512 ? FD_LIMIT - 256 : 256 ))
HOLD_PROCS=$(( (HOLD_STREAMS * 24 / 10 + FDS_PER_PROC - 1) / FDS_PER_PROC ))
HOLD_PROCS=$(( HOLD_PROCS > 0 ? HOLD_PROCS : 1 ))

# name workers port [affinity]: an nginx in $RUN/<name>/ with that many worker processes, each pinned to
# a CPU of its own when affinity is "auto" (Sluice keeps its loops on their CPUs while busy)
start_nginx() {
  mkdir -p "$RUN/$1"
  local affinity="# workers placed by the scheduler"
  [ "${4:-}" = auto ] && affinity="worker_cpu_affinity auto;"
  sed -e "s|@DIR@|$RUN/$1|g" -e "s|@WORKERS@|$2|" -e "s|@CPU_AFFINITY@|$affinity|" -e "s|@FAST@|$MOCK_fast|" -e "s|@STREAM@|$MOCK_stream|" \
      -e "s|@SLOW@|$MOCK_slow|" -e "s|@PORT@|$3|" -e "s|@FD_LIMIT@|$FD_LIMIT|" \
      -e "s|@CONNECTIONS@|$(( HOLD_STREAMS * 24 / 10 / $2 + 1024 < FD_LIMIT ? HOLD_STREAMS * 24 / 10 / $2 + 1024 : FD_LIMIT ))|" \
      tools/bench/nginx.conf.in >"$RUN/$1/nginx.conf"
  nginx -c "$RUN/$1/nginx.conf" -p "$RUN/$1/"
  sluice_wait_http "$3" /fast/healthz
}
workers_of() { pgrep -P "$(cat "$RUN/$1/nginx.pid")" | tr '\n' ' '; }  # nginx instance name -> its worker PIDs
start_nginx nginx 1 "$NGINX_PORT"
NGINX_WORKERS=$(workers_of nginx)
if [[ " $TARGETS " == *" nginxN "* ]]; then
  NGINXN_PORT=$(sluice_free_port)
  start_nginx nginxN "$(nproc)" "$NGINXN_PORT" auto
  NGINXN_WORKERS=$(workers_of nginxN)
fi

SLUICE_PORT=$(sluice_free_port)
sluice_provision_bench "$BIN" "$RUN/sluice-data" "$MOCK_fast" "$MOCK_stream" "$MOCK_slow"
STARTED=$(date +%s%N)
start_sluice() {  # log port [VAR=value...]: one `sluice serve` on port; its PID ends up last in PIDS
  local log=$1 port=$2; shift 2
  env "$@" "$BIN/sluice" serve --listen "127.0.0.1:$port" >"$RUN/$log.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  # Another process may already answer on a shared port: wait for this one to say it listens.
  for _ in $(seq 1 200); do grep -q "listening on" "$RUN/$log.log" && return 0; kill -0 "$pid" || break; sleep 0.05; done
  echo "sluice ($log) did not start:" >&2; cat "$RUN/$log.log" >&2; return 1
}
start_sluice sluice "$SLUICE_PORT"
sluice_wait_http "$SLUICE_PORT" /healthz
SLUICE_PID=${PIDS[-1]}
SLUICE_PIDS=$SLUICE_PID
echo "{\"startup_ms\":$(( ($(date +%s%N) - STARTED) / 1000000 )),\"idle_rss_kb\":$(rss_kb "$SLUICE_PID")}" >"$RAW/sluice-startup.json"

if [[ " $TARGETS " == *" sluice1 "* ]]; then  # the same Sluice with one event loop, its own data dir
  SLUICE1_PORT=$(sluice_free_port)
  (sluice_provision_bench "$BIN" "$RUN/sluice1-data" "$MOCK_fast" "$MOCK_stream" "$MOCK_slow")
  start_sluice sluice1 "$SLUICE1_PORT" SLUICE_DATA_DIR="$RUN/sluice1-data" SLUICE_SERVER_THREADS=1
  SLUICE1_PID=${PIDS[-1]}
fi

PORTKEY_PORT=""
if [ -n "$PORTKEY" ]; then
  PORTKEY_PORT=$(sluice_free_port)
  NODE_ENV=production node "$PORTKEY" --port="$PORTKEY_PORT" --headless >"$RUN/portkey.log" 2>&1 &
  PORTKEY_PID=$!
  PIDS+=("$PORTKEY_PID")
  sluice_wait_http "$PORTKEY_PORT" /
fi

printf '{"model":"%s","stream":%s,"messages":[{"role":"user","content":"Summarise the benefits of a small, fast gateway in one paragraph."}]}' \
  gpt-4o-mini false >"$RUN/fast.json"
printf '{"model":"%s","stream":true,"messages":[{"role":"user","content":"Count slowly."}]}' stream-model >"$RUN/stream.json"
printf '{"model":"%s","stream":true,"messages":[{"role":"user","content":"Talk for a long time."}]}' slow-model >"$RUN/slow.json"

# url_for TARGET SCENARIO (fast|stream|slow); headers_for TARGET SCENARIO; pid_for TARGET
url_for() {
  case $1 in
    direct) local p; p=$(eval echo "\$MOCK_$2"); echo "http://127.0.0.1:$p/v1/chat/completions" ;;
    nginx) echo "http://127.0.0.1:$NGINX_PORT/$2/v1/chat/completions" ;;
    nginxN) echo "http://127.0.0.1:$NGINXN_PORT/$2/v1/chat/completions" ;;
    sluice) echo "http://127.0.0.1:$SLUICE_PORT/v1/chat/completions" ;;
    sluice1) echo "http://127.0.0.1:$SLUICE1_PORT/v1/chat/completions" ;;
    portkey) echo "http://127.0.0.1:$PORTKEY_PORT/v1/chat/completions" ;;
  esac
}
headers_for() {
  case $1 in
    sluice|sluice1) echo "Authorization: Bearer sk-bench" ;;
    portkey) local p; p=$(eval echo "\$MOCK_$2"); echo "Authorization: Bearer sk-up|x-portkey-provider: openai|x-portkey-custom-host: http://127.0.0.1:$p/v1" ;;
    *) echo "Authorization: Bearer sk-up" ;;
  esac
}
pid_for() { case $1 in nginx) echo "$NGINX_WORKERS" ;; nginxN) echo "$NGINXN_WORKERS" ;; sluice) echo "$SLUICE_PID" ;; sluice1) echo "$SLUICE1_PID" ;; portkey) echo "$PORTKEY_PID" ;; *) echo "" ;; esac; }
probe() {  # target scenario mode flags...
  local target=$1 scenario=$2 mode=$3; shift 3
  local args=() IFS='|'
  for h in $(headers_for "$target" "$scenario"); do args+=(--header "$h"); done
  unset IFS
  "$BIN/sluice-bench-probe" "$mode" --url "$(url_for "$target" "$scenario")" --body-file "$RUN/$scenario.json" "${args[@]}" "$@" 2>>"$RUN/probe.log"
}
# Node's V8 runs its memory reducer about 15 s after a load ends: a burst of ~0.1 s of CPU on both
# cores (measured: none with --no-memory-reducer). Unchecked it lands on whichever target runs then,
# adding 10-20 ms to its p99, so the next run waits it out; Portkey itself runs as shipped.
PORTKEY_SETTLE_S=20
settle_after() { if [ "$1" = portkey ]; then sleep "$PORTKEY_SETTLE_S"; fi; }
measured() {  # target file command...: runs command, adds cpu_s and hwm of the proxy to its JSON
  local target=$1 file=$2; shift 2
  local pids; pids=$(pid_for "$target")
  local before=0; [ -n "$pids" ] && before=$(cpu_seconds $pids)
  local json; json=$("$@")
  local cpu=0 rss=0
  if [ -n "$pids" ]; then cpu=$(awk -v a="$before" -v b="$(cpu_seconds $pids)" 'BEGIN{print b-a}'); rss=$(hwm_kb $pids); fi
  echo "${json%\}},\"target\":\"$target\",\"cpu_s\":$cpu,\"peak_rss_kb\":$rss}" >"$file"
  settle_after "$target"
}
wrk_closed() {  # target
  BENCH_BODY=$RUN/fast.json BENCH_HEADERS=$(headers_for "$1" fast) \
    wrk -t1 -c50 -d"${SECONDS_PER_RUN}s" -s tools/bench/wrk-report.lua "$(url_for "$1" fast)" | tail -1
}

echo "closed loop (wrk, 50 connections, ${SECONDS_PER_RUN}s x $REPS)" >&2
for t in $TARGETS; do
  BENCH_BODY=$RUN/fast.json BENCH_HEADERS=$(headers_for "$t" fast) wrk -t1 -c50 -d1s -s tools/bench/wrk-report.lua "$(url_for "$t" fast)" >/dev/null
  settle_after "$t"
done
for rep in $(seq 1 "$REPS"); do for t in $TARGETS; do measured "$t" "$RAW/closed-$t-$rep.json" wrk_closed "$t"; done; done

NGINX_RPS=$(cat "$RAW"/closed-nginx-*.json | node -e 'const l=require("fs").readFileSync(0,"utf8").trim().split("\n").map(JSON.parse);console.log(Math.round(l.map(x=>x.rps).sort((a,b)=>a-b)[l.length>>1]))')
RATE=$(( NGINX_RPS / 2 ))
echo "open loop at $RATE req/s (half of nginx's $NGINX_RPS)" >&2
for rep in $(seq 1 "$REPS"); do for t in $TARGETS; do
  measured "$t" "$RAW/open-$t-$rep.json" probe "$t" fast openloop --rate "$RATE" --connections 64 --duration $((SECONDS_PER_RUN + 1)) --warmup 1
done; done

QUARTER_RATE=$(( NGINX_RPS / 4 ))
echo "open loop at $QUARTER_RATE req/s (a quarter of nginx's maximum, for reference)" >&2
for rep in $(seq 1 "$REPS"); do for t in $TARGETS; do
  [ "$t" = portkey ] && continue  # far beyond Portkey's capacity, like the half rate: nothing new to learn
  measured "$t" "$RAW/quarter-$t-$rep.json" probe "$t" fast openloop --rate "$QUARTER_RATE" --connections 64 --duration $((SECONDS_PER_RUN + 1)) --warmup 1
done; done

echo "streaming (${STREAM_GAP_MS} ms between upstream events)" >&2
for rep in $(seq 1 "$REPS"); do for t in $TARGETS; do
  # sluice1 and nginxN too: a burst of events that wakes two loops (or workers) is exposed twice to a slow wake-up
  measured "$t" "$RAW/stream-$t-$rep.json" probe "$t" stream stream --connections 20 --duration $((SECONDS_PER_RUN + 1)) --warmup 1
done; done

if [ "$HOLD_PROCS" -gt 1 ]; then
  NGINX_PORT=$(sluice_free_port)
  start_nginx nginx-hold "$HOLD_PROCS" "$NGINX_PORT"
  NGINX_WORKERS=$(workers_of nginx-hold)
  for n in $(seq 2 "$HOLD_PROCS"); do start_sluice "sluice-$n" "$SLUICE_PORT"; SLUICE_PIDS+=" ${PIDS[-1]}"; done
fi
hold_pids_for() { if [ "$1" = sluice ]; then echo "$SLUICE_PIDS"; else pid_for "$1"; fi; }

echo "holding $HOLD_STREAMS slow streams per target ($HOLD_PROCS process(es) per proxy; open-file limit $FD_LIMIT)" >&2
for t in $TARGETS; do
  [[ $t = sluice1 || $t = nginxN ]] && continue
  pids=$(hold_pids_for "$t"); base=0; [ -n "$pids" ] && base=$(rss_kb $pids)
  ( sleep $(( HOLD_STREAMS / 2000 + 8 )); if [ -n "$pids" ]; then rss_kb $pids >"$RUN/hold-rss-$t"; fi ) &
  sampler=$!
  json=$(probe "$t" slow hold --streams "$HOLD_STREAMS" --duration $(( HOLD_STREAMS / 2000 + 12 )))
  wait "$sampler"
  held=0; [ -f "$RUN/hold-rss-$t" ] && held=$(cat "$RUN/hold-rss-$t")
  procs=$(wc -w <<<"$pids")
  echo "${json%\}},\"target\":\"$t\",\"processes\":$procs,\"rss_before_kb\":$base,\"rss_held_kb\":$held}" >"$RAW/hold-$t.json"
  sleep 2
  settle_after "$t"
done

echo "instructions per request and per stream (callgrind)" >&2
SLUICE_BIN=$BIN tools/bench/instructions.sh 10000 10 "$RAW/instructions.json" >"$RAW/instructions.txt" 2>>"$RUN/instructions.log" ||
  echo "note: the instruction count failed; see raw/instructions.log" >&2
echo "microbenchmarks (hot paths; usage writer into SQLite and a throwaway MariaDB)" >&2
micro() { "$BIN/sluice-microbench" --benchmark_format=json --benchmark_out="$RAW/micro.json" --benchmark_out_format=json >/dev/null 2>>"$RUN/micro.log"; }
if command -v mariadbd >/dev/null; then
  export -f micro; export BIN RAW RUN
  tests/integration/with-mariadb.sh bash -c 'SLUICE_BENCH_MYSQL_URL="$SLUICE_TEST_MYSQL_URL" micro'
else
  echo "note: mariadbd is not installed; the MariaDB usage-writer benchmark is skipped" >&2
  micro
fi

cat >"$OUT/machine.json" <<JSON
{"date":"$(date -u +%FT%TZ)","nproc":$(nproc),"cpu":"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')",
 "kernel":"$(uname -r)","reps":$REPS,"seconds":$SECONDS_PER_RUN,"hold_streams":$HOLD_STREAMS,"fd_limit":$FD_LIMIT,"open_rate":$RATE,"quarter_rate":$QUARTER_RATE,
 "commit":"$(git rev-parse --short HEAD)","command":"tools/bench/run.sh"}
JSON
for log in "$RUN"/*.log "$RUN"/*/*.log; do  # keep the logs, but not megabytes of one repeated error
  [ -f "$log" ] || continue
  name=${log#"$RUN"/}
  { head -n 100 "$log"; echo "[... $(wc -l <"$log") lines in all ...]"; tail -n 100 "$log"; } >"$RAW/${name//\//-}"
done
node tools/bench/report.mjs "$OUT"
cp "$OUT/report.md" docs/bench/latest.md
echo "report: $OUT/report.md" >&2
