#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs the whole
# suite through CTest: unit (CppUnit), plugin-host, MariaDB integration and e2e
# (the real openai npm client). Then builds everything again with AddressSanitizer
# and UBSan into build-asan and runs the unit, plugin-host, integration and e2e
# tests under them (tools/lib/sanitize.sh). Everything it starts it stops.
#
# usage: tools/test.sh                  the whole suite, then the sanitizer run
#        tools/test.sh --sanitize       only the sanitizer run
#        tools/test.sh --no-sanitize    only the whole suite
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/sanitize.sh"
cd "$SLUICE_ROOT"

plain=yes sanitize=yes
case "${1:-}" in
  "") ;;
  --sanitize) plain=no ;;
  --no-sanitize) sanitize=no ;;
  *) echo "usage: tools/test.sh [--sanitize | --no-sanitize]" >&2; exit 2 ;;
esac

sluice_install_packages tools/lib/debian-packages.txt tools/lib/test-packages.txt tools/bench/callgrind-packages.txt
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
