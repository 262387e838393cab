#!/usr/bin/env bash
# Installs the SDK component alone into a temporary prefix, builds this vendor
# plugin from a copy outside the source tree against that prefix only, does the
# same with a project `sluice plugin new` generates (which must pass its own
# test as generated), and checks that a real kernel loads both.
# Usage: run.sh SLUICE_BINARY BUILD_DIR
set -euo pipefail
sluice=$1 build=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/sluice-sdk-oot.XXXXXX)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --component sdk --prefix "$work/sdk" >/dev/null
cp -r "$here" "$work/vendor"
rm -f "$work/vendor/run.sh"
cmake -S "$work/vendor" -B "$work/vendor-build" -DCMAKE_PREFIX_PATH="$work/sdk" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/vendor-build" >/dev/null
test -f "$work/vendor-build/plugins/provider-acme/libprovider-acme.so"
exported=$(nm -D --defined-only "$work/vendor-build/plugins/provider-acme/libprovider-acme.so" | awk '$2 ~ /[TDBRW]/ {print $3}')
[ "$exported" = "sluice_plugin_entry_v1" ] || { echo "exports more than the entry symbol: $exported"; exit 1; }
listed=$("$sluice" plugin list --json --plugins-dir "$work/vendor-build/plugins" --data-dir "$work/data")
echo "$listed" | grep -q '"id":"acme/provider-acme","kind":"provider","version":"0.3.1","state":"loaded"' \
  || { echo "not loaded: $listed"; exit 1; }
# The package sluice_add_plugin wrote with the installed SluicePackage.cmake verifies (unsigned allowed).
SLUICE_PLUGINS_ALLOW_UNSIGNED=true "$sluice" plugin verify "$work/vendor-build/plugins/provider-acme.sluicepkg" \
  --data-dir "$work/data" | grep -qx 'acme/provider-acme 0.3.1: unsigned' || { echo "vendor package does not verify"; exit 1; }
include=$(pkg-config --cflags-only-I "$work/sdk/lib/pkgconfig/sluice-sdk.pc" | sed 's/^-I//;s/ *$//')
[ -f "$include/sluice/abi.h" ] || { echo "pkg-config file does not point at the installed headers: $include"; exit 1; }

# The scaffold: generated, built and tested against the same installed SDK, then loaded.
"$sluice" plugin new --kind provider --id acme/acme-chat --dir "$work/scaffold" >/dev/null
cmake -S "$work/scaffold" -B "$work/scaffold/build" -DCMAKE_PREFIX_PATH="$work/sdk" >/dev/null
cmake --build "$work/scaffold/build" >/dev/null
ctest --test-dir "$work/scaffold/build" --output-on-failure >/dev/null || { echo "the scaffold's own test failed"; exit 1; }
listed=$("$sluice" plugin list --json --plugins-dir "$work/scaffold/build/plugins" --data-dir "$work/data")
echo "$listed" | grep -q '"id":"acme/acme-chat","kind":"provider","version":"0.1.0","state":"loaded"' \
  || { echo "scaffold not loaded: $listed"; exit 1; }
echo "2 passed, 0 failed"
