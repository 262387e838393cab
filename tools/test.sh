#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs the whole
# suite through CTest: unit (CppUnit), plugin-host, MariaDB integration and e2e
# (the real openai npm client). Then builds everything again with AddressSanitizer
# and UBSan into build-asan and runs the unit, plugin-host, integration and e2e
# tests under them (tools/lib/sanitize.sh). Last, the fuzz run: the libFuzzer
# targets of tests/fuzz, built with clang into build-fuzz, each run for
# SLUICE_FUZZ_SECONDS (20) over its seed corpus (tools/lib/fuzz.sh). Everything
# it starts it stops.
#
# usage: tools/test.sh                  the whole suite, then the sanitizer run, then the fuzz run
#        tools/test.sh --sanitize       only the sanitizer run
#        tools/test.sh --fuzz           only the fuzz run
#        tools/test.sh --no-sanitize    only the whole suite
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/sanitize.sh"
source "$(dirname "$0")/lib/fuzz.sh"
cd "$SLUICE_ROOT"

plain=yes sanitize=yes fuzz=yes
case "${1:-}" in
  "") ;;
  --sanitize) plain=no fuzz=no ;;
  --fuzz) plain=no sanitize=no ;;
  --no-sanitize) sanitize=no fuzz=no ;;
  *) echo "usage: tools/test.sh [--sanitize | --fuzz | --no-sanitize]" >&2; exit 2 ;;
esac

# The fuzz run alone needs neither the test servers nor Node.js.
if [ "$plain" = no ] && [ "$sanitize" = no ]; then exec tools/fuzz.sh; fi

sluice_install_packages tools/lib/debian-packages.txt tools/lib/test-packages.txt tools/lib/fuzz-packages.txt \
  tools/bench/callgrind-packages.txt
sluice_ensure_node 20
# --engine-strict: a package whose "engines" this Node.js does not meet stops the install, loudly.
(cd tests/e2e && npm ci --no-audit --no-fund --engine-strict --loglevel=warn)

if [ "$plain" = yes ]; then
  sluice_build build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSLUICE_WARNINGS_AS_ERRORS=ON -DSLUICE_BUILD_TESTS=ON \
    -DNODE_EXECUTABLE="$(command -v node)"
  (cd build-test && ctest --output-on-failure --timeout 600)
fi
if [ "$sanitize" = yes ]; then
  sluice_sanitize_run build-asan
fi
if [ "$fuzz" = yes ]; then
  sluice_fuzz_run build-fuzz "${SLUICE_FUZZ_SECONDS:-20}"
fi
