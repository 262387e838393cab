# The fuzz run of tools/test.sh and tools/fuzz.sh. Sourced after common.sh, not run.

# Builds the libFuzzer targets of tests/fuzz (clang, with AddressSanitizer and UBSan; only those
# targets, nothing else of the project) into DIR and runs each for SECONDS over its seed corpus,
# tests/fuzz/corpus/<name>/. What a target finds that is new goes to DIR/fuzz-corpus/<name>/ (the
# committed seeds are only read), so later runs on the same machine start from there. A crash,
# a sanitizer report, a broken property, a hang past 10 s or 2 GB of memory fails the run: the
# input is left in DIR/fuzz-findings/<name>/, and fixing it starts with a unit test of it in the
# normal suite. Without names, every target runs; a target without a corpus folder (or the
# reverse) fails the run.
# usage: sluice_fuzz_run DIR SECONDS [NAME...]
sluice_fuzz_run() {
  local dir=$1 seconds=$2 start=$SECONDS status=0
  shift 2
  local corpora=$SLUICE_ROOT/tests/fuzz/corpus names=("$@") name
  echo "Fuzz run: libFuzzer targets (clang, AddressSanitizer + UBSan) in $dir, $seconds s each"
  cmake -S "$SLUICE_ROOT" -B "$SLUICE_ROOT/$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DSLUICE_FUZZ=ON -DSLUICE_BUILD_TESTS=OFF \
    -DSLUICE_USE_MIMALLOC=OFF -DSLUICE_WARNINGS_AS_ERRORS=ON >/dev/null
  cmake --build "$SLUICE_ROOT/$dir" -j"$(nproc)" --target fuzzers
  if [ ${#names[@]} -eq 0 ]; then
    for name in "$corpora"/*/; do names+=("$(basename "$name")"); done
    for name in "$SLUICE_ROOT/$dir"/bin/fuzz-*; do
      [ -d "$corpora/${name##*/fuzz-}" ] && continue
      echo "fuzz target ${name##*/} has no seed corpus in tests/fuzz/corpus/" >&2
      status=1
    done
  fi
  for name in "${names[@]}"; do
    sluice_fuzz_target "$dir" "$name" "$seconds" || status=1
  done
  echo "Fuzz run: $((SECONDS - start)) s, $([ "$status" -eq 0 ] && echo "no findings" || echo "FAILED")"
  return "$status"
}

# Runs DIR/bin/fuzz-NAME for SECONDS over its corpus; prints one line, or the failure and its input.
# usage: sluice_fuzz_target DIR NAME SECONDS
sluice_fuzz_target() {
  local dir=$SLUICE_ROOT/$1 name=$2 seconds=$3
  local binary=$dir/bin/fuzz-$name seeds=$SLUICE_ROOT/tests/fuzz/corpus/$name
  local work=$dir/fuzz-corpus/$name findings=$dir/fuzz-findings/$name log=$dir/fuzz-logs/$name.log
  if [ ! -x "$binary" ] || [ ! -d "$seeds" ]; then
    echo "$name: no fuzz target $binary or no seed corpus $seeds" >&2
    return 1
  fi
  mkdir -p "$work" "$findings" "$(dirname "$log")"
  if UBSAN_OPTIONS=print_stacktrace=1 "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$findings/" "$work" "$seeds" >"$log" 2>&1; then
    local runs
    runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log")
    echo "$name: ${runs:-?} inputs, $(find "$work/" "$seeds/" -type f | wc -l) in the corpus, no findings"
    return 0
  fi
  echo "=== $name: FAILED (log: ${log#"$SLUICE_ROOT/"}) ==="
  grep -vE '^(INFO|#[0-9]+)' "$log" | tail -n 40
  local input
  for input in $(sed -n 's/.*Test unit written to //p' "$log"); do
    echo "input: ${input#"$SLUICE_ROOT/"} (replay: ${binary#"$SLUICE_ROOT/"} ${input#"$SLUICE_ROOT/"})"
  done
  return 1
}
