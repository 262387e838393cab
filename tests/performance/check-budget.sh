#!/usr/bin/env bash
# The performance budget, counted rather than timed: instructions and allocations per request and
# per stream through `sluice serve` under callgrind (tools/bench/instructions.sh, 4,000 requests and
# 3 s of streams), against tests/performance/budget.json. Counts repeat to about 1% from run to run
# where timings on a shared machine move by a tenth, so a change that quietly costs CPU (a new
# allocation per streamed event, a parse done twice) fails here, and no timing is asserted.
# usage: check-budget.sh BIN_DIR (the build's sluice, sluice-mock-upstream and sluice-bench-probe)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
command -v valgrind >/dev/null || { echo "skipped: valgrind is not installed (tools/test.sh installs it)" >&2; exit 77; }
COUNTED=$(mktemp /tmp/sluice-budget.XXXXXX)
trap 'rm -f "$COUNTED"' EXIT
SLUICE_BIN=$1 "$ROOT/tools/bench/instructions.sh" 4000 5 "$COUNTED"
echo
node "$HERE/check-budget.mjs" "$COUNTED" "$HERE/budget.json"
