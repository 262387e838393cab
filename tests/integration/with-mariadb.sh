#!/usr/bin/env bash
# Starts a throwaway MariaDB on a free loopback port with a temporary data
# directory, runs "$@" with SLUICE_TEST_MYSQL_URL pointing at it, then stops
# the server by its PID and removes the directory.
set -euo pipefail
command -v mariadbd >/dev/null || { echo "mariadbd not installed (tools/test.sh installs mariadb-server)" >&2; exit 1; }
dir=$(mktemp -d /tmp/sluice-mariadb.XXXXXX)
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
mkdir -p "$dir/data"
chown -R mysql:mysql "$dir" 2>/dev/null || true
mariadb-install-db --no-defaults --user=mysql --datadir="$dir/data" --auth-root-authentication-method=socket \
  --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; exit 1; }
mariadbd --no-defaults --user=mysql --datadir="$dir/data" --bind-address=127.0.0.1 --port="$port" \
  --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" --log-error="$dir/error.log" \
  --skip-log-bin --innodb-buffer-pool-size=64M --innodb-log-file-size=16M &
pid=$!
for _ in $(seq 1 150); do
  mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -uroot ping >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$dir/error.log" >&2; exit 1; }
  sleep 0.2
done
mariadb --no-defaults --socket="$dir/mysqld.sock" -uroot -e "
  CREATE DATABASE sluice_test CHARACTER SET utf8mb4;
  CREATE USER 'sluice'@'127.0.0.1' IDENTIFIED BY 'sluice-test-pw';
  GRANT ALL ON sluice_test.* TO 'sluice'@'127.0.0.1';"
export SLUICE_TEST_MYSQL_URL="mysql://sluice:sluice-test-pw@127.0.0.1:$port/sluice_test"
"$@"
