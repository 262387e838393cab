# Shared helpers for tools/*.sh: install what is missing, configure and build.
# Sourced, not run.

SLUICE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Installs the Debian packages listed in the given files that are not installed yet.
sluice_install_packages() {
  local wanted missing=()
  wanted=$(grep -hvE '^\s*(#|$)' "$@")
  for pkg in $wanted; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  # npm and node may come from elsewhere on the machine; skip Debian's when present.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
  fi
  read -r -a missing <<< "${missing[*]}"
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    # A stock Debian install may have no sudo at all.
    if ! command -v sudo >/dev/null; then
      echo "Installing these needs root: run this as root, or as a user who may use sudo" >&2
      return 1
    fi
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Configures and builds into $1 with extra CMake arguments after it.
sluice_build() {
  local dir=$1; shift
  cmake -S "$SLUICE_ROOT" -B "$dir" "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
}

# A free TCP port on 127.0.0.1 (the kernel picks it; the caller binds it next).
sluice_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until http://127.0.0.1:PORT/PATH answers with any status, for up to SECONDS (default 10).
sluice_wait_http() {
  local deadline=$(( SECONDS + ${3:-10} ))
  until curl -s -o /dev/null "http://127.0.0.1:$1$2"; do
    if [ "$SECONDS" -ge "$deadline" ]; then echo "port $1 never answered" >&2; return 1; fi
    sleep 0.05
  done
}

# Stops the given child PIDs and waits for each to end.
sluice_stop_pids() {
  for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
  for pid in "$@"; do wait "$pid" 2>/dev/null || true; done
}

# Starts BIN's mock upstream (one event-loop thread, FLAGS after it) on a free loopback port,
# logging to LOG; adds its PID to the caller's PIDS array, so the caller's cleanup stops it,
# waits until it answers, and sets the variable VAR to its port. Not for use in $(...): a
# subshell's PIDS and VAR would not reach the caller.
# usage: sluice_start_mock BIN VAR LOG [FLAGS...]
sluice_start_mock() {
  local bin=$1 var=$2 log=$3 port
  shift 3
  port=$(sluice_free_port)
  "$bin/sluice-mock-upstream" --listen "127.0.0.1:$port" --threads 1 "$@" >>"$log" 2>&1 &
  PIDS+=($!)
  sluice_wait_http "$port" /healthz
  printf -v "$var" '%s' "$port"
}

# Provisions the benchmark's configuration (tools/bench/provision.json.in: the token sk-bench and
# channels on the fast, stream and slow mocks at those ports) into the data directory DIR with
# BIN's `sluice apply`, and exports SLUICE_DATA_DIR=DIR (and quiet logs) for the serve that follows.
# usage: sluice_provision_bench BIN DIR FAST_PORT STREAM_PORT SLOW_PORT
sluice_provision_bench() {
  local bin=$1 dir=$2
  mkdir -p "$dir"
  sed -e "s|@FAST@|$3|g" -e "s|@STREAM@|$4|g" -e "s|@SLOW@|$5|g" "$SLUICE_ROOT/tools/bench/provision.json.in" >"$dir/provision.json"
  # The load generators all connect from 127.0.0.1: no per-address connection cap.
  export SLUICE_DATA_DIR=$dir SLUICE_LOG_LEVEL=warning SLUICE_MAX_CONNECTIONS_PER_CLIENT=0
  "$bin/sluice" apply "$dir/provision.json" >/dev/null
}

# Makes `node` a Node.js of at least major version MIN: the machine's when it is new enough,
# else the official binaries that npm's `node` package ships, installed once into tools/.node
# (ignored by git) and put first on PATH. Stops with what to install when neither works.
# usage: sluice_ensure_node MIN
sluice_ensure_node() {
  local min=$1 prefix=$SLUICE_ROOT/tools/.node
  [ "$(sluice_node_major)" -ge "$min" ] && return 0
  export PATH="$prefix/node_modules/.bin:$PATH"
  [ "$(sluice_node_major)" -ge "$min" ] && return 0
  echo "Node.js $(node --version 2>/dev/null || echo "not found") is older than $min, which the e2e tests need: installing node@$min into tools/.node"
  mkdir -p "$prefix" && echo '*' >"$prefix/.gitignore"
  npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "node@$min" >&2 || true
  [ "$(sluice_node_major)" -ge "$min" ] && return 0
  cat >&2 <<MSG
The e2e tests need Node.js $min or newer (playwright-core requires it); this machine has
$(node --version 2>/dev/null || echo "no node"), and installing node@$min with npm into tools/.node failed.
Install Node.js $min or newer yourself, put its bin directory first on PATH, and run this again.
MSG
  exit 1
}

# The major version of the `node` on PATH, 0 when there is none.
sluice_node_major() {
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}
