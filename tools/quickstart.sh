#!/usr/bin/env bash
# Installs what is missing, builds Sluice and starts it on the embedded default:
# SQLite in ./data, the offline mock provider provisioned, http://127.0.0.1:8080.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$SLUICE_ROOT"

sluice_install_packages tools/lib/debian-packages.txt
sluice_build build -DCMAKE_BUILD_TYPE=Release -DSLUICE_BUILD_TESTS=OFF

export SLUICE_DATA_DIR=${SLUICE_DATA_DIR:-$SLUICE_ROOT/data}
./build/bin/sluice apply config/quickstart.json
cat <<MSG

Sluice is starting on ${SLUICE_LISTEN:-127.0.0.1:8080} with the offline mock provider. Try:
  curl -s http://127.0.0.1:8080/v1/chat/completions -H 'Authorization: Bearer sk-sluice-quickstart' \\
    -d '{"model":"mock-chat","messages":[{"role":"user","content":"Hello"}]}'
Stop it with Ctrl-C.
MSG
exec ./build/bin/sluice serve
