#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs the whole
# suite through CTest: unit (CppUnit), plugin-host, MariaDB integration and e2e
# (the real openai npm client). Everything it starts it stops.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$SLUICE_ROOT"

sluice_install_packages tools/lib/debian-packages.txt tools/lib/test-packages.txt tools/bench/callgrind-packages.txt
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
sluice_build build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSLUICE_WARNINGS_AS_ERRORS=ON -DSLUICE_BUILD_TESTS=ON
cd build-test
ctest --output-on-failure --timeout 600
