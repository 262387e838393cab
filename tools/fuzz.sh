#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz into build-fuzz (clang, AddressSanitizer and UBSan)
# and runs each for a bounded time over its seed corpus in tests/fuzz/corpus/, failing on any
# finding (tools/lib/fuzz.sh says what counts and where the input is left). tools/test.sh runs
# the same after its sanitizer run.
#
# usage: tools/fuzz.sh [NAME...]              every target (or those named), 20 s each
#        SLUICE_FUZZ_SECONDS=300 tools/fuzz.sh request-parser
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/fuzz.sh"
cd "$SLUICE_ROOT"

sluice_install_packages tools/lib/debian-packages.txt tools/lib/fuzz-packages.txt
sluice_fuzz_run build-fuzz "${SLUICE_FUZZ_SECONDS:-20}" "$@"
