# The sanitizer run of tools/test.sh. Sourced after common.sh, not run.

# Tests that make no sense under the sanitizers, by CTest name: the callgrind budget and the
# flat-memory check measure the shipped build's instructions and RSS, and the two SDK packaging
# tests check cmake/cpack output (a plugin built out of tree without the sanitizers), not code.
SLUICE_SANITIZE_SKIP='^(performance-budget|long-stream-memory|sdk-out-of-tree-plugin|sdk-packages)$'

# Builds everything with AddressSanitizer and UBSan into DIR and runs the unit, plugin-host,
# MariaDB integration and e2e tests under them. No mimalloc (the sanitizers bring their own
# allocator); -O1, which keeps the build and the tests quicker than -O2 and the stack traces
# exact; warnings not as errors, as GCC warns falsely about instrumented code (build-test
# holds the warnings to errors).
# Every sanitized process, the servers and plugin runners the tests start included, writes its
# ASan and LeakSanitizer reports to DIR/sanitizer-reports/; any report there fails the run, after
# all are printed. LeakSanitizer is on, with the suppressions in tools/lib/lsan-suppressions.txt.
# UBSan ends the process at its first finding, which fails the test; beside ASan, GCC's UBSan
# runtime ignores log_path and writes to stderr, so its report is in the test's output (for a
# server an e2e test started, in that server's log, which the harness keeps but does not print).
# usage: sluice_sanitize_run DIR
sluice_sanitize_run() {
  local dir=$1 start=$SECONDS status=0
  local reports=$SLUICE_ROOT/$dir/sanitizer-reports
  echo "Sanitizer run: AddressSanitizer + UBSan build in $dir"
  sluice_build "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSLUICE_BUILD_TESTS=ON \
    -DSLUICE_SANITIZE=address,undefined -DSLUICE_WARNINGS_AS_ERRORS=OFF \
    "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g -DNDEBUG" "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g -DNDEBUG" \
    -DNODE_EXECUTABLE="$(command -v node)"
  rm -rf "$reports" && mkdir -p "$reports"
  (
    export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:log_path=$reports/asan:log_exe_name=1"
    export LSAN_OPTIONS="suppressions=$SLUICE_ROOT/tools/lib/lsan-suppressions.txt:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    cd "$dir" && ctest --output-on-failure --timeout 900 -E "$SLUICE_SANITIZE_SKIP"
  ) || status=$?
  local report found=0
  for report in "$reports"/*; do
    [ -e "$report" ] || continue
    found=$((found + 1))
    echo "=== sanitizer report ${report#"$SLUICE_ROOT/"} ==="
    cat "$report"
  done
  echo "Sanitizer run: $((SECONDS - start)) s, $found report(s)"
  if [ "$found" -gt 0 ] && [ "$status" -eq 0 ]; then status=1; fi
  return "$status"
}
