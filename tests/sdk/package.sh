#!/usr/bin/env bash
# Builds the SDK packages with CPack and checks what a vendor gets from them.
# Usage: package.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d /tmp/sluice-sdk-pkg.XXXXXX)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work" >/dev/null)
tgz=$(ls "$work"/*-sdk.tar.gz)
deb=$(ls "$work"/sluice-sdk_*.deb)
listing=$(tar -tzf "$tgz")
contents=$(dpkg-deb --contents "$deb")
for file in include/sluice/abi.h include/sluice/plugin.hpp include/sluice/testing.hpp \
            lib/cmake/SluiceSDK/SluiceSDKConfig.cmake lib/cmake/SluiceSDK/SluicePlugin.cmake \
            lib/cmake/SluiceSDK/SluicePackage.cmake \
            share/doc/sluice-sdk/vendor-guide.md; do
  grep -q "/$file$" <<<"$listing" || { echo "$file missing from $tgz"; exit 1; }
done
grep -q "./usr/include/sluice/abi.h" <<<"$contents" || { echo "abi.h missing from $deb"; exit 1; }
dpkg-deb --field "$deb" Package | grep -qx sluice-sdk || { echo "wrong package name in $deb"; exit 1; }
echo "1 passed, 0 failed"
